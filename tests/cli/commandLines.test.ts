import { execFile } from 'node:child_process';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { asksForHelp, isCommandLineError } from '../../src/cli/runCli';

const root = path.join(__dirname, '..', '..');
const run = promisify(execFile);

/** Runs a command as support staff would (through tsx), returning its exit code and output. */
async function command(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: root, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const STACK_LINE = /^\s+at /m;

describe('The commands support staff run', () => {
  test.each([
    ['ask', 'npm run ask'],
    ['eval', 'npm run eval'],
    ['bench', 'npm run bench'],
    ['playground', 'npm run playground'],
  ])('%s --help prints its usage and does nothing else', async (script, usage) => {
    const result = await command(script, '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: ${usage}`);
    expect(result.stderr).toBe('');
  });

  test.each(['ask', 'eval', 'bench', 'playground'])('%s with an unknown option exits 2 with the usage, no stack trace', async (script) => {
    const result = await command(script, '--bogus');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown (option|argument) '--bogus'/);
    expect(result.stderr).toContain('Usage: npm run');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  test('an option without its value is named with the usage', async () => {
    const result = await command('ask', '--top');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Option '--top <value>' argument missing");
    expect(result.stderr).toContain('Usage: npm run ask');
  });
});

describe('Reading a command line', () => {
  test('--help and -h ask for help, but not after "--" (there they are the question)', () => {
    expect(asksForHelp(['--json', '--help'])).toBe(true);
    expect(asksForHelp(['-h'])).toBe(true);
    expect(asksForHelp(['--', '--help'])).toBe(false);
    expect(asksForHelp(['quelles études ? --help'])).toBe(false);
  });

  test("parseArgs's refusals are command-line errors; other errors are not", () => {
    let refusal: unknown;
    try {
      parseArgs({ args: ['--nope'], options: {} });
    } catch (error) {
      refusal = error;
    }
    expect(isCommandLineError(refusal)).toBe(true);
    expect(isCommandLineError(new RangeError('--runs must be a positive integer'))).toBe(false);
    expect(isCommandLineError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(false);
  });
});
