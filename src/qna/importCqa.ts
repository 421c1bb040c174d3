/**
 * `kb:import` of a QnA Maker / Custom Question Answering export (.tsv or .xlsx): the pairs become a
 * draft knowledge file, checked with the whole base before anything is written.
 */
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readBaseEntries } from '../importer/baseEntries';
import { isKebabCase, slugify } from '../importer/slug';
import { checkDraft } from './checkDraft';
import { cqaDraftYaml } from './cqaDraftYaml';
import { draftEntries } from './cqaEntries';
import { CqaImportError, cqaMessages } from './cqaMessages';
import { readCqaFile } from './readCqaFile';

export interface CqaImportOptions {
  /** The export, `.tsv` or `.xlsx`. */
  file: string;
  /** Knowledge folder to write the draft into. */
  outDir: string;
  /** Draft file name without `.yaml` (default: from the export's file name). */
  name?: string;
  /** Theme of the file's entries (for the help menu), when the export's metadata gives none. */
  theme?: string;
  dryRun?: boolean;
}

export interface CqaImportReport {
  target: string;
  pairs: number;
  questions: number;
  followups: number;
  contextOnly: number;
  written: boolean;
  /** `file:line: message` lines from the base's check that stopped the import. */
  problems: string[];
  warnings: string[];
}

/** Problems printed by the report: the first ones say what is wrong; kb:check on the draft lists them all. */
const SHOWN_PROBLEMS = 20;

/** Tells whether `kb:import` should read this file as a QnA export. */
export function isCqaExport(file: string): boolean {
  return /\.(tsv|xlsx)$/i.test(file);
}

export async function importCqa(options: CqaImportOptions): Promise<CqaImportReport> {
  const name = options.name ?? slugify(path.basename(options.file).replace(/\.[^.]+$/, ''));
  if (!isKebabCase(name)) throw new CqaImportError([cqaMessages.badProfile(name)]);
  const fileName = `${name}.yaml`;
  const target = path.join(options.outDir, fileName);
  if (await exists(target)) throw new CqaImportError([cqaMessages.exists(target)]);

  const pairs = await readCqaFile(options.file);
  const base = await readBaseEntries(options.outDir, fileName);
  const entries = draftEntries(pairs, new Set(base.map((entry) => entry.id)));
  const text = cqaDraftYaml(entries, { target, sourceFile: options.file, ...(options.theme ? { theme: options.theme } : {}) });
  const validation = await checkDraft(options.outDir, fileName, text);
  const write = validation.problems.length === 0 && !options.dryRun;
  if (write) await writeFile(target, text, 'utf8');
  return {
    target,
    pairs: entries.length,
    questions: entries.reduce((sum, entry) => sum + entry.questions.length, 0),
    followups: entries.reduce((sum, entry) => sum + (entry.followups?.length ?? 0), 0),
    contextOnly: entries.filter((entry) => entry.context_only).length,
    written: write,
    problems: validation.problems,
    warnings: validation.warnings,
  };
}

/** The report as support staff read it, in French. */
export function formatCqaReport(report: CqaImportReport, dryRun = false): string {
  const lines = [
    `${report.pairs} paire(s) QnA, ${report.questions} question(s), ${report.followups} suivi(s), ${report.contextOnly} en contexte seulement.`,
  ];
  if (report.problems.length > 0) {
    lines.push(cqaMessages.invalidDraft(report.target), ...report.problems.slice(0, SHOWN_PROBLEMS).map((problem) => `  ${problem}`));
    if (report.problems.length > SHOWN_PROBLEMS) lines.push(`  … et ${report.problems.length - SHOWN_PROBLEMS} autre(s) problème(s).`);
  }
  else if (report.written) lines.push(`Brouillon écrit : ${report.target}. Relisez-le, puis vérifiez avec npm run kb:check.`);
  else if (dryRun) lines.push(`Essai (--dry-run) : ${report.target} n’a pas été écrit.`);
  if (report.warnings.length > 0) lines.push(`${report.warnings.length} avertissement(s) : ${report.warnings.slice(0, 5).join(' ; ')}${report.warnings.length > 5 ? ' …' : ''}`);
  return lines.join('\n');
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
