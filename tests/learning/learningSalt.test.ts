import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { resolveLearningSalt, SALT_FILE } from '../../src/learning/learningSalt';

let dataDir: string;
beforeEach(async () => {
  dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'faq-bot-salt-')), 'data');
});
afterEach(async () => {
  await rm(path.dirname(dataDir), { recursive: true, force: true });
});

describe('When no LEARNING_SALT is configured', () => {
  test('a random salt is generated in DATA_DIR, readable by its owner only, and reused after a restart', async () => {
    const first = await resolveLearningSalt(undefined, dataDir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(path.join(dataDir, SALT_FILE))).mode & 0o077).toBe(0);
    expect(await resolveLearningSalt(undefined, dataDir)).toBe(first);
  });

  test('two processes starting together end up with the same salt', async () => {
    const salts = await Promise.all([1, 2, 3].map(() => resolveLearningSalt(undefined, dataDir)));
    expect(new Set(salts).size).toBe(1);
  });
});

describe('When LEARNING_SALT is configured', () => {
  test('it is used and nothing is written', async () => {
    expect(await resolveLearningSalt('configured-salt-value', dataDir)).toBe('configured-salt-value');
    await expect(readFile(path.join(dataDir, SALT_FILE))).rejects.toThrow(/ENOENT/);
  });
});
