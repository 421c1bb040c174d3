import { createHash } from 'node:crypto';

/**
 * A file name for a storage key: the key's SHA-256, so that names are short, the same on every platform,
 * never reach outside the folder, and do not show conversation ids to whoever lists the folder
 * (or a backup of it). The key itself is kept inside the file, for the erase tool.
 *
 * fileNameForKey("emulator/conversations/a1|x") === "3b0c…(64 hex digits).json"
 */
export function fileNameForKey(key: string): string {
  return `${createHash('sha256').update(key, 'utf8').digest('hex')}.json`;
}
