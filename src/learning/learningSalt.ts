import { randomBytes } from 'node:crypto';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** File holding the generated salt, in SECRETS_DIR (formerly in DATA_DIR: moved on first start). */
export const SALT_FILE = 'learning-salt';

export interface SaltFolders {
  /** Where a generated salt is kept: outside DATA_DIR, created readable by this user only. */
  secretsDir: string;
  /** DATA_DIR: a salt left there by an older version is moved to `secretsDir` (hashes stay the same). */
  dataDir: string;
}

/**
 * The secret used to hash conversation ids: LEARNING_SALT when configured, else a random one generated
 * once and kept in `secretsDir` (folder 0700, file 0600), so that hashes stay stable across restarts.
 * It is not kept beside the data: whoever gets a copy of DATA_DIR cannot link records to conversations.
 */
export async function resolveLearningSalt(configured: string | undefined, folders: SaltFolders): Promise<string> {
  if (configured) return configured;
  const file = path.join(folders.secretsDir, SALT_FILE);
  const existing = await readSalt(file);
  if (existing) return existing;
  await mkdir(folders.secretsDir, { recursive: true, mode: 0o700 });
  const legacyFile = path.join(folders.dataDir, SALT_FILE);
  const legacy = await readSalt(legacyFile);
  await createSaltFile(file, legacy ?? randomBytes(32).toString('hex'));
  const created = await readSalt(file);
  if (!created) throw new Error(`The learning salt file ${file} is empty: delete it or set LEARNING_SALT.`);
  if (legacy && created === legacy) await unlink(legacyFile).catch(() => undefined);
  return created;
}

/** `wx`: two processes starting together keep the same salt (the loser reads the winner's). */
async function createSaltFile(file: string, salt: string): Promise<void> {
  try {
    await writeFile(file, `${salt}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

async function readSalt(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
