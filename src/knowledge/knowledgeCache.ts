import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
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
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  const code = (dir: string, only?: RegExp) =>
    readdirSync(dir)
      .filter((name) => /\.(js|ts|json)$/.test(name) && (!only || only.test(name)))
      .sort()
      .map((name) => path.join(dir, name));
  const files = [...code(__dirname), ...code(path.join(__dirname, '..', 'text')), ...code(SCHEMA_DIR)];
  for (const file of files) hash.update(file.slice(path.dirname(path.dirname(file)).length)).update('\0').update(readFileSync(file)).update('\0');
  const { version } = createRequire(__filename)('yaml/package.json') as { version: string };
  fingerprint = hash.update(`yaml@${version}`).digest('hex');
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
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(cached));
  await rename(temporary, file);
}
