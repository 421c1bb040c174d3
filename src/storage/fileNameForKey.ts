import { createHash } from 'node:crypto';

/**
 * A file name for a storage key: the key's SHA-256, so that names are short, the same on every platform,
 * never reach outside the folder, and do not show conversation ids to whoever lists the folder
 * (or a backup of it). The key itself is kept inside the file, for the erase tool.
 *
 * fileNameForKey("emulator/conversations/a1|x") === "3b0c…(64 hex digits).json"
 */
export function fileNameForKey(key: string): string {
  let name = recent.get(key);
  if (name === undefined) {
    name = `${createHash('sha256').update(key, 'utf8').digest('hex')}.json`;
    recent.set(key, name);
    // A turn reads then writes its conversation's file: the names of the conversations of the moment are kept.
    if (recent.size > 10_000) recent.delete(recent.keys().next().value as string);
  }
  return name;
}

const recent = new Map<string, string>();
