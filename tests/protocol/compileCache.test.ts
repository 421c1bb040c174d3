import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

describe("Node's compile cache", () => {
  test('is enabled before the entry point loads anything else (only the modules loaded after it are cached)', () => {
    const source = readFileSync(path.join(__dirname, '..', '..', 'src', 'index.ts'), 'utf8');
    const imports = [...source.matchAll(/^import .*$/gm)].map((match) => match[0]);
    expect(imports[0]).toBe("import './compileCache';");
  });

  test('is harmless where Node has none (Node 20)', async () => {
    await expect(import('../../src/compileCache')).resolves.toBeDefined();
  });
});
