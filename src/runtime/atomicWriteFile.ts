import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';

/**
 * Writes `text` to `file` through a temporary file and a rename: a reader (or a restart after a crash)
 * sees the old content or the new one, never half a file. `mode`: owner-only by default (bot state).
 */
export async function atomicWriteFile(file: string, text: string, mode = 0o600): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text, { encoding: 'utf8', mode });
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
