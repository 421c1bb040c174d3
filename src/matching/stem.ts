import type * as Snowball from 'snowball-stemmers';
import { lazyPackage } from '../runtime/lazyPackage';
import { infinitiveOf } from './verbForms';

// Made when a word is first stemmed: the package (every language in one file, about 45 ms to load here) is
// not loaded by a start whose words' stems were all read from the matching cache (`matchingCache.ts`).
const snowball = lazyPackage<typeof Snowball>('snowball-stemmers');
let frenchStemmer: ReturnType<typeof Snowball.newStemmer> | undefined;
const cache = new Map<string, string>();
const MAX_CACHE = 50_000;

/**
 * Light French stemming (Snowball) so that "formations", "formation" and "former" meet; a conjugated form
 * Snowball leaves apart ("rompt", "travaillent") is stemmed as its infinitive (`verbForms.ts`).
 * Short words and numbers are left alone: stemming "php" or "sql" only adds collisions.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = snowballStem(infinitiveOf(word) ?? word);
    if (cache.size < MAX_CACHE) cache.set(word, stemmed);
  }
  return stemmed;
}

/** Snowball's stem of `word`, without the table of verb forms and without the cache (`verbFormsBuild.ts` compares these). */
export function snowballStem(word: string): string {
  frenchStemmer ??= snowball().newStemmer('french');
  return frenchStemmer.stem(withoutFeminineE(word));
}

/** Nouns in "-ée" that are not the participle of their verb: "données" (data) is no form of "donner" (to give). */
const NOUNS_IN_EE: ReadonlySet<string> = new Set(['donnee', 'donnees']);

/**
 * Words reach the stemmer without their accents ("salariée" is "salariee"), and Snowball, which removes "-ée" and
 * "-ées", leaves "-ee" alone: a feminine participle or adjective then missed its masculine ("salarie", "portee" and
 * "porte" stemmed apart). Such a word is stemmed as its masculine, as Snowball does with the accents.
 */
function withoutFeminineE(word: string): string {
  if (NOUNS_IN_EE.has(word)) return word;
  if (word.length >= 6 && word.endsWith('ees')) return word.slice(0, -2);
  if (word.length >= 5 && word.endsWith('ee')) return word.slice(0, -1);
  return word;
}

/** The words stemmed so far and their stems, to be kept between starts (`matchingCache.ts`). */
export function stemmedWords(): Array<[word: string, stem: string]> {
  return [...cache];
}

/** Stems computed by this same stemmer at an earlier start (`matchingCache.ts`): `stem` returns them without stemming. */
export function seedStems(pairs: ReadonlyArray<readonly [word: string, stem: string]>): void {
  for (const [word, stemmed] of pairs) {
    if (cache.size >= MAX_CACHE) break;
    cache.set(word, stemmed);
  }
}
