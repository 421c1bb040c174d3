import { createHash } from 'node:crypto';

// Long channel ids (Teams) would exceed file-name limits: beyond this, a hash keeps names short and unique.
const MAX_ENCODED_LENGTH = 180;

/**
 * A file name for a storage key, the same on every platform and for every key:
 * letters, digits, `_` and `-` are kept, every other byte becomes `~XX` (so no two keys collide,
 * and `.`, `/` or `..` never reach the file system).
 *
 * fileNameForKey("emulator/conversations/a1|x") === "emulator~2fconversations~2fa1~7cx.json"
 */
export function fileNameForKey(key: string): string {
  const encoded = [...Buffer.from(key, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9_-]/.test(char) ? char : `~${byte.toString(16).padStart(2, '0')}`;
    })
    .join('');
  if (encoded.length <= MAX_ENCODED_LENGTH) return `${encoded}.json`;
  const digest = createHash('sha256').update(key, 'utf8').digest('hex');
  return `${encoded.slice(0, MAX_ENCODED_LENGTH - 65)}~${digest}.json`;
}
