import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { atomicWriteFile } from '../runtime/atomicWriteFile';
import { codeFingerprint } from '../runtime/codeFingerprint';
import { SCHEMA_DIR } from './schemaValidatorSource';
import type { KnowledgeBase } from './types';

/**
 * The last base that loaded, as JSON, so that a start on the same files skips parsing the YAML and
 * checking it (about 0.4 s of CPU at start here: YAML parsing is most of it). It is used only when the key
 * matches: the same file names and bytes, read from a folder of the same name (locations name it), by the
 * same loader (its code, the schemas, the YAML parser's version). Anything else is loaded and checked in full,
 * so a broken file is reported as before; the cache only ever holds a base that loaded.
 */
const FORMAT = 1;

interface CacheFile {
  format: number;
  key: string;
  base: Pick<KnowledgeBase, 'entries' | 'profiles' | 'synonyms' | 'files' | 'warnings' | 'contentHash'>;
}

let fingerprint: string | undefined;

/** What the loader's result depends on besides the files: its own code, the schemas, the YAML parser. */
function loaderFingerprint(): string {
  const code = /\.(js|ts|json)$/;
  fingerprint ??= codeFingerprint(
    [__dirname, path.join(__dirname, '..', 'text'), SCHEMA_DIR].map((dir) => ({ dir, only: code })),
    ['yaml'],
  );
  return fingerprint;
}

/** The key of the base loaded from `dir` whose files' names and bytes hash to `contentHash`. */
export function knowledgeCacheKey(dir: string, contentHash: string): string {
  return createHash('sha256').update(`${FORMAT}\0${loaderFingerprint()}\0${path.basename(path.resolve(dir))}\0${contentHash}`).digest('hex');
}

/** The cached base and its key; undefined when there is none, or it cannot be read. */
export async function readKnowledgeCache(file: string): Promise<{ key: string; base: CacheFile['base'] } | undefined> {
  try {
    const cached = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
    if (cached.format !== FORMAT || typeof cached.key !== 'string' || !Array.isArray(cached.base?.entries)) return undefined;
    return { key: cached.key, base: cached.base };
  } catch {
    return undefined;
  }
}

/** Writes the cache for `kb` (loaded from `dir`) beside the file and renames it over: never half-written. */
export async function writeKnowledgeCache(file: string, dir: string, kb: KnowledgeBase): Promise<void> {
  if (!kb.contentHash) return;
  const { entries, profiles, synonyms, files, warnings, contentHash } = kb;
  const cached: CacheFile = { format: FORMAT, key: knowledgeCacheKey(dir, contentHash), base: { entries, profiles, synonyms, files, warnings, contentHash } };
  // Readable by others: the build may write it as another user than the one the bot runs as.
  await atomicWriteFile(file, JSON.stringify(cached), 0o644);
}
