/**
 * `npm run kb:import -- <page.html | page.txt> [--profile <id>] [--out knowledge/] [--dry-run]`
 * Turns a saved job-profile page into a draft knowledge file and prints the import report.
 * Exit code 0 when written (or dry run / up to date), 1 when the draft would break the base or the
 * import cannot go on, 2 for a wrong command line.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_OUT_DIR, formatReport, ImportError, importPage } from '../importer';
import { runCli } from './runCli';

const USAGE = 'Usage: npm run kb:import -- <page.html | page.txt> [--profile <id>] [--out <knowledge folder>] [--dry-run]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
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

runCli(main);
