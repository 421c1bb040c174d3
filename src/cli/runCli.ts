/**
 * Runs a command's `main` and exits with the code it returns. When it throws, `onFailure` says why
 * (on standard error) and gives the exit code; by default the error as it is, code 2.
 * With a `usage`, `--help` (or `-h`) prints it and exits 0 without running the command, and a command line
 * `parseArgs` refuses (an unknown option, a missing value) gets its message and the usage, code 2: no stack trace.
 */
export function runCli(main: () => Promise<number>, onFailure: (error: unknown) => number = printFailure, usage?: string): void {
  if (usage !== undefined && asksForHelp(process.argv.slice(2))) {
    console.log(usage);
    process.exit(0);
  }
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (usage !== undefined && isCommandLineError(error)) {
        console.error(`${error.message}\n${usage}`);
        process.exit(2);
      }
      process.exit(onFailure(error));
    },
  );
}

/** `--help` or `-h` among the options (not after `--`, where it would be a positional argument). */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** An error `parseArgs` throws for a command line it refuses (`ERR_PARSE_ARGS_UNKNOWN_OPTION`, `..._INVALID_OPTION_VALUE`…). */
export function isCommandLineError(error: unknown): error is Error {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function printFailure(error: unknown): number {
  console.error(error);
  return 2;
}
