/**
 * Runs a command's `main` and exits with the code it returns. When it throws, `onFailure` says why
 * (on standard error) and gives the exit code; by default the error as it is, code 2.
 */
export function runCli(main: () => Promise<number>, onFailure: (error: unknown) => number = printFailure): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => process.exit(onFailure(error)),
  );
}

function printFailure(error: unknown): number {
  console.error(error);
  return 2;
}
