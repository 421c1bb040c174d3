/**
 * `npm run kb:check [folder] [--lang en]`: the rule book of the knowledge base. Validates it (default
 * `knowledge/`) and prints its figures, then its warnings; or one `file:line: message` per problem, each
 * saying how to fix it. In French by default (support staff), in English with `--lang en`.
 * Exit code 0 when it loads (warnings are printed but allowed), 1 when it has problems, 2 on a bad command line.
 */
import { formatIssueIn, KnowledgeBaseError, loadKnowledgeBase, type IssueLanguage, type KnowledgeBase, type KnowledgeEntry } from '../knowledge';
import { runCli } from './runCli';

const words = {
  fr: {
    valid: (dir: string) => `La base de connaissances « ${dir} » est valide.`,
    files: 'fichiers',
    entries: 'entrées',
    drafts: 'brouillon(s)',
    byKind: 'par type',
    byTheme: 'par thème',
    byProfile: 'par profil',
    none: '(aucun)',
    shared: '(commun)',
    questions: 'questions',
    perEntry: 'par entrée',
    synonyms: (rules: number, variants: number) => `synonymes : ${rules} règles, ${variants} variantes`,
    warnings: (n: number) => `${n} avertissement(s) (la base se charge, mais c’est à améliorer) :`,
    invalid: (dir: string, n: number) => `La base de connaissances « ${dir} » n’est PAS valide : ${n} problème(s) à corriger. Le bot garde la dernière base valide tant que ce n’est pas corrigé.`,
    usage: 'usage : npm run kb:check [dossier] [--lang fr|en]',
    crash: (reason: string) => `kb:check n’a pas pu vérifier la base : ${reason}`,
  },
  en: {
    valid: (dir: string) => `Knowledge base '${dir}' is valid.`,
    files: 'files',
    entries: 'entries',
    drafts: 'draft',
    byKind: 'by kind',
    byTheme: 'by theme',
    byProfile: 'by profile',
    none: '(none)',
    shared: '(shared)',
    questions: 'questions',
    perEntry: 'per entry',
    synonyms: (rules: number, variants: number) => `synonyms:  ${rules} rules, ${variants} variants`,
    warnings: (n: number) => `${n} warning(s):`,
    invalid: (dir: string, n: number) => `Knowledge base '${dir}' is NOT valid: ${n} problem(s) to fix.`,
    usage: 'usage: npm run kb:check [folder] [--lang fr|en]',
    crash: (reason: string) => `kb:check could not check the base: ${reason}`,
  },
};

function countBy(entries: readonly KnowledgeEntry[], key: (entry: KnowledgeEntry) => string): string {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${name}: ${count}`).join(', ');
}

function printFigures(dir: string, kb: KnowledgeBase, lang: IssueLanguage): void {
  const w = words[lang];
  const questions = kb.entries.reduce((sum, entry) => sum + entry.questions.length, 0);
  const variants = kb.synonyms.reduce((sum, rule) => sum + rule.variants.length, 0);
  const drafts = kb.entries.filter((entry) => entry.draft).length;
  const lines = [
    w.valid(dir),
    `  ${w.files}:     ${kb.files.length} (${kb.files.join(', ')})`,
    `  ${w.entries}:   ${kb.entries.length}${drafts ? ` (${drafts} ${w.drafts})` : ''}`,
    `  ${w.byKind}:   ${countBy(kb.entries, (entry) => entry.kind)}`,
    `  ${w.byTheme}:  ${countBy(kb.entries, (entry) => entry.theme ?? w.none)}`,
    `  ${w.byProfile}: ${countBy(kb.entries, (entry) => entry.profile ?? w.shared)}`,
    `  ${w.questions}: ${questions} (${(questions / Math.max(1, kb.entries.length)).toFixed(1)} ${w.perEntry})`,
    `  ${w.synonyms(kb.synonyms.length, variants)}`,
  ];
  console.log(lines.join('\n'));
  const warnings = kb.warnings ?? [];
  if (warnings.length) console.log(`\n${w.warnings(warnings.length)}\n${warnings.map((issue) => formatIssueIn(issue, lang)).join('\n')}`);
}

interface Args {
  dir: string;
  lang: IssueLanguage;
}

function parseArgs(argv: readonly string[]): Args | undefined {
  let dir: string | undefined;
  let lang: IssueLanguage = 'fr';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value !== 'fr' && value !== 'en') return undefined;
      lang = value;
    } else if (arg.startsWith('-') || dir !== undefined) return undefined;
    else dir = arg;
  }
  return { dir: dir ?? 'knowledge', lang };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(words.fr.usage);
    return 2;
  }
  const { dir, lang } = args;
  try {
    printFigures(dir, await loadKnowledgeBase(dir), lang);
    return 0;
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) {
      // Never a stack trace: say what went wrong in one line.
      console.error(words[lang].crash(error instanceof Error ? error.message : String(error)));
      return 2;
    }
    for (const issue of error.issues) console.error(formatIssueIn(issue, lang));
    const errors = error.issues.filter((issue) => issue.severity !== 'warning').length;
    console.error(`\n${words[lang].invalid(dir, errors)}`);
    return 1;
  }
}

runCli(main);
