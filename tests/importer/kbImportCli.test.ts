import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { copyOfRealKnowledge, page, removeScratchDirs, ROOT } from './importerFixtures';

const run = promisify(execFile);
afterAll(removeScratchDirs);

/** Runs `kb:import` as support staff would (through tsx), returning exit code and output. */
async function kbImport(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/kbImport.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run kb:import', () => {
  test('imports a page into the folder given by --out, prints the report and exits 0', async () => {
    const dir = await copyOfRealKnowledge();
    const result = await kbImport(page('invented-data-scientist.html'), '--out', dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Page: "Data scientist" (html, updated 2024-03-04)');
    expect(result.stdout).toMatch(/\+ added +data-scientist-formation +Formation/);
    expect(result.stdout).toContain('-> already covered by portage-status');
    expect(result.stdout).toMatch(/rating +Je note cette page/);
    expect(await readdir(dir)).toContain('data-scientist.yaml');
  });

  test('--dry-run with --profile writes nothing', async () => {
    const dir = await copyOfRealKnowledge();
    const result = await kbImport(page('invented-data-scientist.txt'), '--out', dir, '--profile', 'data-science', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(profile data-science)');
    expect(result.stdout).toContain('Dry run: nothing written.');
    expect(await readdir(dir)).not.toContain('data-science.yaml');
  });

  test('refusing to take over a hand-written file exits 1 with the reason', async () => {
    const dir = await copyOfRealKnowledge();
    const result = await kbImport(page('developpeur-back-end.txt'), '--out', dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('developpeur-back-end.yaml exists and was not written by the importer');
  });

  test('a wrong command line prints the usage and exits 2', async () => {
    const result = await kbImport();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run kb:import -- <page.html | page.txt>');
  });
});
