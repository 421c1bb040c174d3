import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { removeScratch, ROOT, scratchDir } from './cqaFixtures';

const run = promisify(execFile);
afterAll(removeScratch);

/** Runs a staff command as support staff would (through tsx). */
async function cli(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run kb:export -- --format cqa-tsv, then npm run kb:import of that file', () => {
  test('writes the QnA Maker columns, and kb:import reports an export with a broken line in French, naming file and line', async () => {
    const dir = await scratchDir();
    const out = path.join(dir, 'faq.tsv');
    const exported = await cli('src/cli/kbExport.ts', '--format', 'cqa-tsv', '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/entrée\(s\), \d+ question\(s\) écrites dans/);
    const lines = (await readFile(out, 'utf8')).split('\n');
    expect(lines[0]).toBe('Question\tAnswer\tSource\tMetadata\tSuggestedQuestions\tIsContextOnly\tPrompts\tQnaId');

    // Line 3 loses its answer.
    const cells = lines[2].split('\t');
    cells[1] = '';
    lines[2] = cells.join('\t');
    const broken = path.join(dir, 'faq-cassee.tsv');
    await writeFile(broken, lines.join('\n'), 'utf8');
    const imported = await cli('src/cli/kbImport.ts', broken, '--out', dir);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain(`${broken}:3: la réponse est vide`);
  });

  test('an unknown format is refused with the list of formats', async () => {
    const result = await cli('src/cli/kbExport.ts', '--format', 'json', '--out', 'x.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('format « json » inconnu (formats : cqa-tsv)');
  });
});
