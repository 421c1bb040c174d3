import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** File of DATA_DIR holding the generated salt. */
export const SALT_FILE = 'learning-salt';

/**
 * The secret used to hash conversation ids: LEARNING_SALT when configured, else a random one
 * generated once and kept in `dataDir` (readable by this user only), so that hashes stay stable across restarts.
 */
export async function resolveLearningSalt(configured: string | undefined, dataDir: string): Promise<string> {
  if (configured) return configured;
  const file = path.join(dataDir, SALT_FILE);
  const existing = await readSalt(file);
  if (existing) return existing;
  await mkdir(dataDir, { recursive: true });
  try {
    // `wx`: two processes starting together keep the same salt (the loser reads the winner's).
    await writeFile(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const created = await readSalt(file);
  if (!created) throw new Error(`The learning salt file ${file} is empty: delete it or set LEARNING_SALT.`);
  return created;
}

async function readSalt(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
