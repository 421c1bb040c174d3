import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { fixture } from './loadIssues';

const root = path.join(__dirname, '..', '..');
const run = promisify(execFile);

/** Runs `kb:check` as an operator would (through tsx), returning exit code and output. */
async function kbCheck(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/kbCheck.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run kb:check', () => {
  test('on the real base, prints the figures and exits 0 (in English with --lang en)', async () => {
    const result = await kbCheck('--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Knowledge base 'knowledge' is valid.");
    expect(result.stdout).toMatch(/entries: +\d+/);
    expect(result.stdout).toMatch(/by kind: +answer: \d+/);
    expect(result.stdout).toMatch(/by profile: .*developpeur-back-end: \d+/);
    expect(result.stdout).toMatch(/synonyms: +\d+ rules, \d+ variants/);
  });

  test('on a broken folder, prints file:line: message and exits 1', async () => {
    const result = await kbCheck(fixture('knowledge-duplicate-id'), '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("knowledge-duplicate-id/second.yaml:6: entry id 'shared-id' is already used at knowledge-duplicate-id/first.yaml:2");
    expect(result.stderr).toContain('NOT valid: 1 problem(s) to fix');
  });

  test('speaks French by default: each problem with its file, its line and how to fix it', async () => {
    const result = await kbCheck(fixture('knowledge-duplicate-id'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'knowledge-duplicate-id/second.yaml:6: l’identifiant « shared-id » est déjà utilisé en knowledge-duplicate-id/first.yaml:2 : chaque identifiant doit être unique dans tous les fichiers ; choisissez-en un autre',
    );
    expect(result.stderr).toMatch(/n’est PAS valide : 1 problème\(s\) à corriger/);
    const valid = await kbCheck();
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('La base de connaissances « knowledge » est valide.');
  });

  test('a bad command line gets the usage, exit 2', async () => {
    const result = await kbCheck('--lang', 'de');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage : npm run kb:check');
  });
});
