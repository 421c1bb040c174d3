import type { WordCorrector } from './analyzer';
import { editDistance } from './editDistance';
import { stem } from './stem';
import { isFunctionWord, STOP_WORDS } from './stopWords';

/** The French elisions ("l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'") that SMS typing glues to the next word, before a vowel or not ("lavantage", "lportage"). */
const GLUED_ELISION = /^[ldjmnstc]/;
/** The word left must be long enough not to be a chance ("lapi" is not "l'api" for sure; "lportage" is). */
const MIN_GLUED_WORD = 5;
/** Shorter stems are too alike ("recet" / "recent") to be compared for typos. */
const MIN_STEM_LENGTH = 6;

/** Tunables of typo correction (see matchingOptions for the values in use). */
export interface TypoOptions {
  /** Words shorter than this are never corrected ("ok", "php"): too many near neighbours. */
  minWordLength: number;
  /** From this length on (of the shorter of the two words), two edits are allowed instead of one. */
  twoEditsFromLength: number;
}

/** General French words, beyond the base's own: a typo may be of a word the base never uses. */
export interface Lexicon {
  isWord(word: string): boolean;
  closest(word: string, maxEdits: number): { word: string; edits: number } | undefined;
}

/**
 * Corrects words unknown to the knowledge base into the closest known word, e.g. "pyton" -> "python",
 * "formaton" -> "formation", "colabore" -> "collaboration" (same stem up to one edit).
 * Every known word of the same first letter and a length within two is a candidate (a few hundred on the
 * real base); an edit distance on the word or on its stem decides.
 */
export function createTypoCorrector(vocabulary: Iterable<string>, indexedStems: ReadonlySet<string>, options: TypoOptions, lexicon?: Lexicon): WordCorrector {
  const known = new Set(vocabulary);
  // Known words by first letter and length keep every search short, whatever the size of the base
  // (typos rarely touch the first letter).
  const buckets = new Map<string, string[]>();
  for (const word of known) {
    // Never "correct" towards a grammatical word ("sourse" is "source", not "sous"); a framing word is a fair target
    // ("travailer" is "travailler", which only frames the question, not "travailleur").
    if (word.length < options.minWordLength || /\d/.test(word) || STOP_WORDS.has(word)) continue;
    const key = bucketKey(word[0], word.length);
    const list = buckets.get(key) ?? [];
    list.push(word);
    buckets.set(key, list);
  }
  // Each bucket's stems, computed when a word first needs that bucket.
  const bucketStems = new Map<string, string[]>();
  function stemsOf(key: string, list: readonly string[]): string[] {
    let stems = bucketStems.get(key);
    if (!stems) bucketStems.set(key, (stems = list.map(stem)));
    return stems;
  }
  const cache = new Map<string, ReturnType<WordCorrector>>();
  /** A word is known when it is in the base, or when its stem is one the index holds ("formations"). */
  const isKnown = (word: string): boolean => known.has(word) || indexedStems.has(stem(word));

  /** Edits between two words if they are within typo reach (1 edit, 2 for long words), else Infinity. */
  function typoDistance(a: string, b: string): number {
    const shorter = Math.min(a.length, b.length);
    if (shorter < options.minWordLength - 1) return Infinity;
    const max = shorter >= options.twoEditsFromLength ? 2 : 1;
    const distance = editDistance(a, b, max);
    return distance <= max ? distance : Infinity;
  }

  function closest(word: string): ReturnType<WordCorrector> {
    const wordStem = stem(word);
    const stemComparable = wordStem.length >= MIN_STEM_LENGTH;
    let best: { word: string; distance: number; prefix: number } | undefined;
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      // Same first letter only: also avoids "fournit" -> "tournent".
      const key = bucketKey(word[0], length);
      const list = buckets.get(key);
      if (!list) continue;
      const stems = stemsOf(key, list);
      for (let i = 0; i < list.length; i++) {
        const candidate = list[i];
        // Same long stem up to an edit ("colabore" / "collaboration") counts a little less than the word itself.
        const candidateStem = stems[i];
        const stemDistance = stemComparable && candidateStem.length >= MIN_STEM_LENGTH ? typoDistance(wordStem, candidateStem) + 0.5 : Infinity;
        const distance = Math.min(typoDistance(word, candidate), stemDistance);
        if (distance === Infinity) continue;
        // Between equally close words, the one sharing the longer beginning ("statu": "statut", not "stats").
        const prefix = commonPrefixLength(word, candidate);
        if (!best || distance < best.distance || (distance === best.distance && prefix > best.prefix)) {
          best = { word: candidate, distance, prefix };
        }
      }
    }
    return best && { word: best.word, confidence: 1 - Math.ceil(best.distance) / word.length };
  }

  /**
   * An elided article or pronoun typed without its apostrophe, glued to a word of the base ("lportage", "dentreprise",
   * "jcherche"): the word (the article is a function word, weighed as nothing anyway).
   */
  function withoutGluedElision(word: string): ReturnType<WordCorrector> {
    if (!GLUED_ELISION.test(word)) return undefined;
    const rest = word.slice(1);
    if (rest.length < MIN_GLUED_WORD || isFunctionWord(rest) || !isKnown(rest)) return undefined;
    return { word: rest, confidence: 1 - 1 / word.length };
  }

  /** A typo of an everyday word the base does not use ("obligatoir" -> "obligatoire"). */
  function closestInLexicon(word: string): ReturnType<WordCorrector> {
    const fix = lexicon?.closest(word, word.length >= options.twoEditsFromLength ? 2 : 1);
    return fix && { word: fix.word, confidence: 1 - fix.edits / word.length };
  }

  return (word) => {
    if (word.length < options.minWordLength || isKnown(word) || /\d/.test(word)) {
      return undefined;
    }
    // A real French word the base does not use is not a typo of one it does ("retraité" is not "retraite").
    if (lexicon?.isWord(word)) return undefined;
    if (!cache.has(word)) {
      if (cache.size >= 10_000) cache.clear();
      // A typo of a word of the base comes first: "cliant" is "client", not "c'" glued to "liant".
      cache.set(word, closest(word) ?? withoutGluedElision(word) ?? closestInLexicon(word));
    }
    return cache.get(word);
  };
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function bucketKey(firstLetter: string, length: number): string {
  return `${firstLetter}${length}`;
}
