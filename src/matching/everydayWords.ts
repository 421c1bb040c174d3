import { createRequire } from 'node:module';
import { foldLetters } from '../text/fold';
import { editDistance } from './editDistance';
import { PackedWords } from './packedWords';
import { base64OfInt32s, int32sOfBase64 } from './int32Base64';

/**
 * How common a word is in everyday French or English, from the frequency-ranked lists of the most
 * common words that npm `@zxcvbn-ts/language-fr` and `-en` ship (28,000 French and 56,000 English
 * words from film subtitles, most frequent first). A word the knowledge base never uses but that
 * everybody uses ("rédiger", "annonce", "général", "actually") is rarely what a question is about;
 * a rare one ("infirmier", "SASU") often is.
 */

/** Ranks at or below `commonUpToRank` are everyday words; at or above `rareFromRank`, or absent, rare ones. */
export interface EverydayWordOptions {
  commonUpToRank: number;
  rareFromRank: number;
  /** Weight factor of the most common words (1 for rare ones, log-linear in between). */
  commonWordFactor: number;
}

/** The words of both lists and their ranks (built when first needed, or seeded from the matching cache). */
let table: PackedWords | undefined;
/** How many of the table's first words are French (typos are corrected towards French only). */
let frenchCount = 0;

/** Only the list of common words is loaded (the packages' other dictionaries are not needed). */
function commonWords(language: 'fr' | 'en'): string[] {
  const id = `@zxcvbn-ts/language-${language}/dist/commonWords.json.cjs`;
  // Only the folded copies are kept: left in the module cache (or among the children of a lasting `require`),
  // the lists would hold about 3 MB for good. Not named `require`: in the CommonJS build that name is the
  // module wrapper's own parameter.
  const loadOnce = createRequire(__filename);
  const loaded = loadOnce(id) as string[] | { default: string[] };
  delete loadOnce.cache[loadOnce.resolve(id)];
  return Array.isArray(loaded) ? loaded : loaded.default;
}
/** English words beyond this rank add little: they are kept out to keep start-up short. */
const ENGLISH_WORDS = 25_000;

/** Lowercase without accents, like `normalize` does for one plain word; other words are skipped. */
function foldWord(word: string): string | undefined {
  const folded = foldLetters(word);
  return /^[a-z0-9]+$/.test(folded) ? folded : undefined;
}

/** A word of both languages keeps its better rank. `folded` keeps the list's positions (undefined: skipped). */
function addRanks(map: Map<string, number>, folded: ReadonlyArray<string | undefined>): void {
  folded.forEach((word, rank) => {
    if (word && rank + 1 < (map.get(word) ?? Infinity)) map.set(word, rank + 1);
  });
}

function loadTable(): PackedWords {
  const map = new Map<string, number>();
  addRanks(map, commonWords('fr').map(foldWord));
  // A map keeps its first insertion order: the French words come first, most common first.
  frenchCount = map.size;
  addRanks(map, commonWords('en').slice(0, ENGLISH_WORDS).map(foldWord));
  return PackedWords.from([...map.keys()], [...map.values()]);
}

/** The everyday words as loaded, to be kept between starts. */
export interface EverydayWordTables {
  /** The words, each followed by a space: the French ones first (most common first), then the English ones. */
  text: string;
  /** `ranks[i]` is the rank of the i-th word of `text`. */
  ranks: number[];
  /** How many of the first words are French. */
  french: number;
  /** The words' hash table (see PackedWords), its 32-bit integers in base64: read back instead of hashing every word at start. */
  slots: string;
}

export function everydayWordTables(): EverydayWordTables {
  table ??= loadTable();
  return { text: table.text, ranks: Array.from(table.values), french: frenchCount, slots: base64OfInt32s(table.slotTable) };
}

/**
 * The tables an earlier start loaded from the same lists with the same code (`matchingCache.ts`): used instead
 * of decompressing and folding the lists again. Ignored once the lists are loaded. Throws on tables that do
 * not fit together (the cache is then not used).
 */
export function seedEverydayWords(tables: EverydayWordTables): void {
  if (table) return;
  const seeded = new PackedWords(tables.text, tables.ranks, int32sOfBase64(tables.slots));
  if (!Number.isInteger(tables.french) || tables.french < 0 || tables.french > seeded.size) throw new Error('everyday words: bad French count');
  table = seeded;
  frenchCount = tables.french;
}

/** Rank of a normalised word among the commonest French or English words (1 = most common), or undefined. */
export function everydayRank(word: string): number | undefined {
  table ??= loadTable();
  return table.valueOf(word);
}

/**
 * Factor in [commonWordFactor, 1] on the weight of a word unknown to the knowledge base.
 * @example generalWordFactor("annonce", options) < generalWordFactor("infirmier", options)
 */
export function generalWordFactor(word: string, options: EverydayWordOptions): number {
  const rank = everydayRank(word);
  if (rank === undefined || rank >= options.rareFromRank) return 1;
  if (rank <= options.commonUpToRank) return options.commonWordFactor;
  const position = Math.log(rank / options.commonUpToRank) / Math.log(options.rareFromRank / options.commonUpToRank);
  return options.commonWordFactor + (1 - options.commonWordFactor) * position;
}

/** Positions of the everyday French words in the table, by first two letters and length, for typo look-ups (built on first use). */
let buckets: Map<string, number[]> | undefined;

// Typos rarely touch the first two letters: looking only there keeps a look-up under a millisecond.
const bucketKey = (word: string, length: number) => `${word.slice(0, 2)}${length}`;

function loadBuckets(words: PackedWords): Map<string, number[]> {
  const map = new Map<string, number[]>();
  // In rank order, so that between equally close words the commoner one wins.
  for (let i = 0; i < frenchCount; i++) {
    const word = words.wordAt(i);
    if (word.length < 4) continue;
    const key = bucketKey(word, word.length);
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  }
  return map;
}

/** Whether a normalised word is one of the commonest French or English words (a real word, not a typo). */
export function isEverydayWord(word: string): boolean {
  return everydayRank(word) !== undefined;
}

/** Whether a normalised word is an everyday English word and no French one ("gross", "termination"). */
export function isEnglishOnlyWord(word: string): boolean {
  table ??= loadTable();
  return table.indexOf(word) >= frenchCount;
}

/**
 * The everyday French word closest to a misspelt one, within `maxEdits` (same first two letters):
 * "obligatoir" -> "obligatoire", "travailer" -> "travailler".
 */
export function closestEverydayWord(word: string, maxEdits: number): { word: string; edits: number } | undefined {
  table ??= loadTable();
  buckets ??= loadBuckets(table);
  let best: { word: string; edits: number } | undefined;
  for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
    for (const i of buckets.get(bucketKey(word, length)) ?? []) {
      const candidate = table.wordAt(i);
      const edits = editDistance(word, candidate, best ? best.edits - 1 : maxEdits);
      if (edits <= maxEdits && (!best || edits < best.edits)) best = { word: candidate, edits };
    }
  }
  return best;
}
