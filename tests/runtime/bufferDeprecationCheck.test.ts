import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** Runs a script in a fresh Node process (TypeScript sources through tsx); returns what it wrote to stderr. */
function run(script: string): string {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    return '';
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error);
  }
}

describe("When the bot ends Node's check of deprecated Buffer() calls at start", () => {
  test('Node records the warning as given without printing it: later calls are no longer inspected', () => {
    const script = (endCheck: boolean) => `
      ${endCheck ? "require('./src/runtime/bufferDeprecationCheck').endBufferDeprecationCheck();" : ''}
      Buffer(1);
      setTimeout(() => { console.error('done'); process.exitCode = 1; }, 50);`;
    expect(run(script(false))).toMatch(/DEP0005[\s\S]*done/);
    const ended = run(script(true));
    expect(ended).toContain('done');
    expect(ended).not.toContain('DEP0005');
  });

  test('our own sources never call the deprecated Buffer() constructor (its warning would not be shown)', () => {
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) visit(file);
        else if (file.endsWith('.ts') && !file.endsWith('bufferDeprecationCheck.ts') && /(^|[^.\w])(new\s+)?Buffer\s*\(/.test(readFileSync(file, 'utf8'))) offenders.push(path.relative(ROOT, file));
      }
    };
    visit(path.join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});
