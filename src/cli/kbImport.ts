/**
 * `npm run kb:import -- <page.html | page.txt> [--profile <id>] [--out knowledge/] [--dry-run]`
 * Turns a saved job-profile page into a draft knowledge file and prints the import report.
 * `npm run kb:import -- <export.tsv | export.xlsx> [--name <file>] [--theme <theme>] [--out knowledge/] [--dry-run]`
 * does the same with a QnA Maker / Custom Question Answering export (src/qna).
 * Exit code 0 when written (or dry run / up to date), 1 when the draft would break the base or the
 * import cannot go on, 2 for a wrong command line.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_OUT_DIR, formatReport, ImportError, importPage } from '../importer';
import { runCli } from './runCli';
import { CqaImportError, formatCqaReport, importCqa, isCqaExport } from '../qna';

const USAGE =
  'Usage: npm run kb:import -- <page.html | page.txt> [--profile <id>] [--out <knowledge folder>] [--dry-run]\n' +
  '       npm run kb:import -- <export.tsv | export.xlsx> [--name <file name>] [--theme <theme>] [--out <knowledge folder>] [--dry-run]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        name: { type: 'string' },
        theme: { type: 'string' },
        out: { type: 'string', default: DEFAULT_OUT_DIR },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  if (isCqaExport(positionals[0])) return importExport(positionals[0], values);
  try {
    const report = await importPage({
      page: positionals[0],
      outDir: values.out,
      dryRun: values['dry-run'],
      ...(values.profile !== undefined && { profile: values.profile }),
    });
    console.log(formatReport(report));
    return report.problems.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    console.error(error.message);
    return 1;
  }
}

/** A QnA Maker / CQA export: messages in French, like kb:check's. */
async function importExport(file: string, values: { out: string; name?: string; theme?: string; 'dry-run': boolean }): Promise<number> {
  try {
    const report = await importCqa({ file, outDir: values.out, dryRun: values['dry-run'], ...(values.name !== undefined && { name: values.name }), ...(values.theme !== undefined && { theme: values.theme }) });
    console.log(formatCqaReport(report, values['dry-run']));
    return report.problems.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof CqaImportError)) throw error;
    console.error(error.message);
    return 1;
  }
}

runCli(main);
