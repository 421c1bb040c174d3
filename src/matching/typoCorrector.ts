import Fuse from 'fuse.js';
import type { WordCorrector } from './analyzer';
import { stem } from './stem';

/** Tunables of typo correction (see matchingOptions for the values in use). */
export interface TypoOptions {
  /** Words shorter than this are never corrected ("ok", "php"): too many near neighbours. */
  minWordLength: number;
  /** Fuse.js score (0 = exact, 1 = anything) above which a candidate is not a typo any more. */
  maxScore: number;
  /** Largest length difference between the typed word and its correction. */
  maxLengthDelta: number;
}

/**
 * Corrects words unknown to the knowledge base into the closest known word, with Fuse.js
 * (Bitap: insertions, deletions, substitutions), e.g. "pyton" -> "python", "formaton" -> "formation".
 * Known words and words whose stem is known ("developpeurs") are left alone.
 */
export function createTypoCorrector(vocabulary: Iterable<string>, options: TypoOptions): WordCorrector {
  const words = [...new Set(vocabulary)].filter((w) => w.length >= options.minWordLength);
  const known = new Set(vocabulary);
  const knownStems = new Set([...known].map(stem));
  // One small index per word length keeps every search short, whatever the size of the base.
  const byLength = new Map<number, string[]>();
  for (const word of words) {
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  const fuseOptions = {
    includeScore: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: options.maxScore,
    isCaseSensitive: false,
  };
  const indexes = new Map<number, Fuse<string>>();
  const indexFor = (length: number): Fuse<string> | undefined => {
    let fuse = indexes.get(length);
    if (!fuse) {
      const list = byLength.get(length);
      if (!list) return undefined;
      fuse = new Fuse(list, fuseOptions);
      indexes.set(length, fuse);
    }
    return fuse;
  };
  const cache = new Map<string, ReturnType<WordCorrector>>();

  return (word) => {
    if (word.length < options.minWordLength || known.has(word) || knownStems.has(stem(word)) || /\d/.test(word)) {
      return undefined;
    }
    if (cache.has(word)) return cache.get(word);
    let best: { word: string; score: number } | undefined;
    for (let delta = -options.maxLengthDelta; delta <= options.maxLengthDelta; delta++) {
      const hit = indexFor(word.length + delta)?.search(word, { limit: 1 })[0];
      const score = hit?.score ?? 1;
      if (hit && score <= options.maxScore && (!best || score < best.score)) best = { word: hit.item, score };
    }
    const fix = best && { word: best.word, confidence: 1 - best.score };
    if (cache.size < 10_000) cache.set(word, fix);
    return fix;
  };
}
