import { createRequire } from 'node:module';
import { editDistance } from './editDistance';
import { normalize } from './normalize';

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

const require = createRequire(__filename);
function commonWords(language: 'fr' | 'en'): string[] {
  const { dictionary } = require(`@zxcvbn-ts/language-${language}`) as { dictionary: Record<string, string[]> };
  return dictionary[`commonWords-${language}`];
}

/** Folded like the questions are ("déjà" -> "deja"); a word of both languages keeps its better rank. */
function addRanks(map: Map<string, number>, words: readonly string[]): void {
  words.forEach((word, rank) => {
    const folded = normalize(word);
    if (folded && !folded.includes(' ') && rank + 1 < (map.get(folded) ?? Infinity)) map.set(folded, rank + 1);
  });
}

let frenchWords: ReadonlySet<string> | undefined;

function loadRanks(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  const french = commonWords('fr');
  addRanks(map, french);
  addRanks(map, commonWords('en'));
  frenchWords = new Set(french.map(normalize));
  return map;
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

/** Everyday French words by first letter and length, for typo look-ups (built on first use). */
let buckets: Map<string, string[]> | undefined;

function loadBuckets(): Map<string, string[]> {
  ranks ??= loadRanks();
  const map = new Map<string, string[]>();
  // French words only (typos are corrected towards French), most common first, so that between
  // equally close words the commoner one wins.
  for (const word of [...(frenchWords ?? [])].sort((a, b) => (ranks?.get(a) ?? 0) - (ranks?.get(b) ?? 0))) {
    if (word.length < 4 || /\d/.test(word)) continue;
    const key = `${word[0]}${word.length}`;
    const list = map.get(key) ?? [];
    list.push(word);
    map.set(key, list);
  }
  return map;
}

/** Whether a normalised word is one of the commonest French or English words (a real word, not a typo). */
export function isEverydayWord(word: string): boolean {
  return everydayRank(word) !== undefined;
}

/**
 * The everyday French word closest to a misspelt one, within `maxEdits` (same first letter):
 * "obligatoir" -> "obligatoire", "travailer" -> "travailler".
 */
export function closestEverydayWord(word: string, maxEdits: number): { word: string; edits: number } | undefined {
  buckets ??= loadBuckets();
  let best: { word: string; edits: number } | undefined;
  for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
    for (const candidate of buckets.get(`${word[0]}${length}`) ?? []) {
      const edits = editDistance(word, candidate, best ? best.edits - 1 : maxEdits);
      if (edits <= maxEdits && (!best || edits < best.edits)) best = { word: candidate, edits };
    }
  }
  return best;
}
