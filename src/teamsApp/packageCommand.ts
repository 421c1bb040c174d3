import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Env } from '../config/loadConfig';
import { readTeamsPackageSettings, TeamsPackageSettingsError } from '../config/teamsPackageSettings';
import { readVersion } from '../server/readVersion';
import { appPackageDir, buildAppPackage } from './buildAppPackage';
import { validateAppPackage } from './validateAppPackage';

export interface PackageCommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface PackageCommandOptions {
  env: Env;
  /** Command-line arguments after the script name: `[--out file.zip]` or `--check file.zip`. */
  args: readonly string[];
  io: PackageCommandIo;
  /** Folder of the manifest template and icons (tests point it at a broken copy). */
  sourceDir?: string;
}

export const defaultPackagePath = path.join(appPackageDir, 'build', 'appPackage.zip');

export const packageCommandUsage = 'Usage: npm run teams:package [-- --out file.zip]   (builds and validates the package)\n       npm run teams:package -- --check file.zip   (validates a package)';

/** The options the command knows, each followed by its value. */
const OPTIONS_WITH_VALUE = new Set(['--out', '--check']);

/**
 * `npm run teams:package`: builds appPackage/build/appPackage.zip from the template and the
 * configuration, then validates it offline; `--check file.zip` validates an existing package.
 * Returns the exit code: 0 when the package is valid, 1 with one line per problem otherwise.
 */
export async function runPackageCommand({ env, args, io, sourceDir }: PackageCommandOptions): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(packageCommandUsage);
    return 0;
  }
  // A mistyped option ("--chek") must not build a package the person did not ask for.
  const refused = commandLineProblem(args);
  if (refused) {
    io.err(refused);
    io.err(packageCommandUsage);
    return 2;
  }
  const flag = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const checkOnly = flag('--check');
  if (checkOnly) {
    const bytes = await readFile(checkOnly).catch(() => undefined);
    if (!bytes) {
      io.err(`Cannot read ${checkOnly}: give the path of a Teams app package (.zip).`);
      return 1;
    }
    return report(checkOnly, bytes, io);
  }

  let settings;
  try {
    settings = readTeamsPackageSettings(env, readVersion());
  } catch (error) {
    if (!(error instanceof TeamsPackageSettingsError)) throw error;
    io.err(error.message);
    io.err('Set them in .env (see README, "Microsoft Teams") or in the environment.');
    return 1;
  }
  const built = await buildAppPackage(settings, sourceDir);
  const problems = await validateAppPackage(built.zip);
  const target = path.resolve(flag('--out') ?? defaultPackagePath);
  if (problems.length > 0) return fail(problems, io, 'The package was not written.');

  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, built.zip);
  io.out(`Teams app package written: ${path.relative(process.cwd(), target) || target} (${built.zip.length} bytes)`);
  io.out(`  app id ${settings.teamsAppId}, bot id ${settings.botId}, version ${settings.version}`);
  io.out('  valid against the official manifest schema (offline), icons checked.');
  io.out('Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app.');
  return 0;
}

/** What is wrong with the command line, if anything: an unknown argument, or an option without its value. */
function commandLineProblem(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (!OPTIONS_WITH_VALUE.has(args[i])) return `Unknown argument '${args[i]}'.`;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) return `Option '${args[i]}' needs a file name.`;
    i++;
  }
  return undefined;
}

async function report(file: string, bytes: Buffer, io: PackageCommandIo): Promise<number> {
  const problems = await validateAppPackage(bytes);
  if (problems.length > 0) return fail(problems, io, `${file} cannot be uploaded to Teams as it is.`);
  io.out(`${file} is a valid Teams app package.`);
  return 0;
}

function fail(problems: readonly string[], io: PackageCommandIo, closing: string): number {
  io.err(`Invalid Teams app package (${problems.length} problem${problems.length > 1 ? 's' : ''}):`);
  for (const problem of problems) io.err(`  - ${problem}`);
  io.err(closing);
  return 1;
}
