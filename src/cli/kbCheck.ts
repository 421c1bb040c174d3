/**
 * `npm run kb:check [folder]`: validates the knowledge base (default `knowledge/`) and prints its figures.
 * Exit code 0 when it loads (warnings are printed but allowed), 1 with one `file:line: message` per problem.
 */
import { formatIssue, KnowledgeBaseError, loadKnowledgeBase, type KnowledgeBase, type KnowledgeEntry } from '../knowledge';
import { runCli } from './runCli';

function countBy(entries: readonly KnowledgeEntry[], key: (entry: KnowledgeEntry) => string): string {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${name}: ${count}`).join(', ');
}

function printFigures(dir: string, kb: KnowledgeBase): void {
  const questions = kb.entries.reduce((sum, entry) => sum + entry.questions.length, 0);
  const variants = kb.synonyms.reduce((sum, rule) => sum + rule.variants.length, 0);
  const drafts = kb.entries.filter((entry) => entry.draft).length;
  const lines = [
    `Knowledge base '${dir}' is valid.`,
    `  files:     ${kb.files.length} (${kb.files.join(', ')})`,
    `  entries:   ${kb.entries.length}${drafts ? ` (${drafts} draft)` : ''}`,
    `  by kind:   ${countBy(kb.entries, (entry) => entry.kind)}`,
    `  by theme:  ${countBy(kb.entries, (entry) => entry.theme ?? '(none)')}`,
    `  by profile: ${countBy(kb.entries, (entry) => entry.profile ?? '(shared)')}`,
    `  questions: ${questions} (${(questions / Math.max(1, kb.entries.length)).toFixed(1)} per entry)`,
    `  synonyms:  ${kb.synonyms.length} rules, ${variants} variants`,
  ];
  console.log(lines.join('\n'));
  const warnings = kb.warnings ?? [];
  if (warnings.length) console.log(`\n${warnings.length} warning(s):\n${warnings.map(formatIssue).join('\n')}`);
}

async function main(): Promise<number> {
  const dir = process.argv[2] ?? 'knowledge';
  try {
    printFigures(dir, await loadKnowledgeBase(dir));
    return 0;
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    for (const issue of error.issues) console.error(formatIssue(issue));
    const errors = error.issues.filter((issue) => issue.severity !== 'warning').length;
    console.error(`\nKnowledge base '${dir}' is NOT valid: ${errors} problem(s) to fix.`);
    return 1;
  }
}

runCli(main);
