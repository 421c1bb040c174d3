import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { resolveLearningSalt, SALT_FILE } from '../../src/learning/learningSalt';

let folders: { secretsDir: string; dataDir: string };
let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'faq-bot-salt-'));
  folders = { secretsDir: path.join(scratch, 'secrets'), dataDir: path.join(scratch, 'data') };
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('When no LEARNING_SALT is configured', () => {
  test('a random salt is generated in SECRETS_DIR (folder and file owner-only), not in DATA_DIR, and reused after a restart', async () => {
    const first = await resolveLearningSalt(undefined, folders);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(path.join(folders.secretsDir, SALT_FILE))).mode & 0o777).toBe(0o600);
    expect((await stat(folders.secretsDir)).mode & 0o777).toBe(0o700);
    await expect(readFile(path.join(folders.dataDir, SALT_FILE))).rejects.toThrow(/ENOENT/);
    expect(await resolveLearningSalt(undefined, folders)).toBe(first);
  });

  test('two processes starting together end up with the same salt', async () => {
    const salts = await Promise.all([1, 2, 3].map(() => resolveLearningSalt(undefined, folders)));
    expect(new Set(salts).size).toBe(1);
  });

  test('a salt an older version left in DATA_DIR is moved to SECRETS_DIR, so that hashes stay the same', async () => {
    await mkdir(folders.dataDir);
    await writeFile(path.join(folders.dataDir, SALT_FILE), 'an-old-salt-from-data-dir\n', { mode: 0o600 });
    expect(await resolveLearningSalt(undefined, folders)).toBe('an-old-salt-from-data-dir');
    await expect(readFile(path.join(folders.dataDir, SALT_FILE))).rejects.toThrow(/ENOENT/);
    expect(await readFile(path.join(folders.secretsDir, SALT_FILE), 'utf8')).toBe('an-old-salt-from-data-dir\n');
  });
});

describe('When LEARNING_SALT is configured', () => {
  test('it is used and nothing is written', async () => {
    expect(await resolveLearningSalt('configured-salt-value', folders)).toBe('configured-salt-value');
    await expect(readFile(path.join(folders.secretsDir, SALT_FILE))).rejects.toThrow(/ENOENT/);
  });
});
