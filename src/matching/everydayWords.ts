import { createRequire } from 'node:module';
import { foldLetters } from '../text/fold';
import { editDistance } from './editDistance';

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

let ranks: ReadonlyMap<string, number> | undefined;

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

/** French words, most common first (typos are corrected towards French only). */
let frenchWords: readonly string[] = [];

function loadRanks(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  const french = commonWords('fr').map(foldWord);
  addRanks(map, french);
  addRanks(map, commonWords('en').slice(0, ENGLISH_WORDS).map(foldWord));
  frenchWords = french.filter((word): word is string => word !== undefined);
  return map;
}

/** The everyday words as loaded (`words[i]` has rank `ranks[i]`; French words most common first), to be kept between starts. */
export interface EverydayWordTables {
  words: string[];
  ranks: number[];
  french: string[];
}

export function everydayWordTables(): EverydayWordTables {
  ranks ??= loadRanks();
  return { words: [...ranks.keys()], ranks: [...ranks.values()], french: [...frenchWords] };
}

/**
 * The tables an earlier start loaded from the same lists with the same code (`matchingCache.ts`): used instead
 * of decompressing and folding the lists again. Ignored once the lists are loaded.
 */
export function seedEverydayWords(tables: EverydayWordTables): void {
  if (ranks) return;
  const map = new Map<string, number>();
  for (let i = 0; i < tables.words.length; i++) map.set(tables.words[i], tables.ranks[i]);
  ranks = map;
  frenchWords = tables.french;
}

/** Rank of a normalised word among the commonest French or English words (1 = most common), or undefined. */
export function everydayRank(word: string): number | undefined {
  ranks ??= loadRanks();
  return ranks.get(word);
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

/** Everyday French words by their first two letters and length, for typo look-ups (built on first use). */
let buckets: Map<string, string[]> | undefined;

// Typos rarely touch the first two letters: looking only there keeps a look-up under a millisecond.
const bucketKey = (word: string, length: number) => `${word.slice(0, 2)}${length}`;

function loadBuckets(): Map<string, string[]> {
  ranks ??= loadRanks();
  const map = new Map<string, string[]>();
  // In rank order, so that between equally close words the commoner one wins.
  for (const word of frenchWords) {
    if (word.length < 4) continue;
    const key = bucketKey(word, word.length);
    const list = map.get(key);
    if (list) {
      if (!list.includes(word)) list.push(word);
    } else {
      map.set(key, [word]);
    }
  }
  return map;
}

/** Whether a normalised word is one of the commonest French or English words (a real word, not a typo). */
export function isEverydayWord(word: string): boolean {
  return everydayRank(word) !== undefined;
}

/**
 * The everyday French word closest to a misspelt one, within `maxEdits` (same first two letters):
 * "obligatoir" -> "obligatoire", "travailer" -> "travailler".
 */
export function closestEverydayWord(word: string, maxEdits: number): { word: string; edits: number } | undefined {
  buckets ??= loadBuckets();
  let best: { word: string; edits: number } | undefined;
  for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
    for (const candidate of buckets.get(bucketKey(word, length)) ?? []) {
      const edits = editDistance(word, candidate, best ? best.edits - 1 : maxEdits);
      if (edits <= maxEdits && (!best || edits < best.edits)) best = { word: candidate, edits };
    }
  }
  return best;
}
