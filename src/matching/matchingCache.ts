import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { atomicWriteFile } from '../runtime/atomicWriteFile';
import { codeFingerprint } from '../runtime/codeFingerprint';
import { everydayWordTables, seedEverydayWords, type EverydayWordTables } from './everydayWords';
import { seedStems, stemmedWords } from './stem';
import { keptSynonymTables, seedSynonymTables, synonymTablesBuilt, type KeptSynonymTable } from './synonymTables';

/**
 * What building a matcher computes that does not depend on the matching options: the everyday-word tables
 * (decompressed from @zxcvbn-ts and folded, about 0.2 s of CPU at start here), the stems of the words seen
 * (Snowball, about 0.1 s for the base's words), and the synonym tables built from the base's lexicon (about
 * 60 ms; each is kept with the rules it was built from and used only for the same rules). Kept as JSON between
 * starts (`DATA_DIR/matching-cache.json`) and read back only when its key matches: the same code (the files
 * of `stem`, `everydayWords`, `packedWords`, `synonyms`, `normalize`, `stopWords` and `src/text`) and the same
 * package versions.
 * A value read back is exactly what the same code would compute again, so answers do not change.
 */
const FORMAT = 5;

interface CacheFile {
  format: number;
  key: string;
  /** The everyday words (each followed by a space: far quicker to read than an array), their ranks, the French count, their hash table. */
  everyday: EverydayWordTables;
  stems: Array<[string, string]>;
  /** The synonym tables built from the base's lexicon, by their rules (`synonymTables.ts`). */
  synonyms: KeptSynonymTable[];
}

let key: string | undefined;

function cacheKey(): string {
  key ??= codeFingerprint(
    [
      { dir: __dirname, only: /^(stem|verbForms|verbForms\.generated|everydayWords|packedWords|int32Base64|synonyms|normalize|stopWords)\.(js|ts)$/ },
      { dir: path.join(__dirname, '..', 'text'), only: /\.(js|ts)$/ },
    ],
    ['snowball-stemmers', '@zxcvbn-ts/language-fr', '@zxcvbn-ts/language-en'],
  );
  return key;
}

/** What seeding from the cache gave: whether anything was read, and how many stems were known then. */
export interface MatchingCacheSeed {
  seeded: boolean;
  stems: number;
}

/** Seeds the everyday words and the stems from `file` when its key matches; nothing happens otherwise. */
export async function seedFromMatchingCache(file: string): Promise<MatchingCacheSeed> {
  try {
    const cached = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
    const everyday = cached.everyday;
    if (cached.format !== FORMAT || cached.key !== cacheKey() || !Array.isArray(cached.stems) || !Array.isArray(cached.synonyms) || typeof everyday?.text !== 'string' || !Array.isArray(everyday.ranks) || typeof everyday.slots !== 'string') {
      return { seeded: false, stems: 0 };
    }
    // Tables that do not fit together throw: the cache is then not used.
    seedEverydayWords(everyday);
    seedStems(cached.stems);
    seedSynonymTables(cached.synonyms);
    return { seeded: true, stems: cached.stems.length };
  } catch {
    return { seeded: false, stems: 0 };
  }
}

/**
 * Writes what this process has computed (after a matcher was built) beside `file` and renames it over, when
 * the seed did not already hold it all: a start on the same base and code reads it and writes nothing.
 */
export async function saveMatchingCache(file: string, seed: MatchingCacheSeed): Promise<boolean> {
  const stems = stemmedWords();
  if (seed.seeded && stems.length <= seed.stems && !synonymTablesBuilt()) return false;
  const cached: CacheFile = { format: FORMAT, key: cacheKey(), everyday: everydayWordTables(), stems, synonyms: keptSynonymTables() };
  // A first start on an empty DATA_DIR may get here before anything else has made the folder.
  await mkdir(path.dirname(file), { recursive: true });
  // Readable by others: the build may write it as another user than the one the bot runs as.
  await atomicWriteFile(file, JSON.stringify(cached), 0o644);
  return true;
}
