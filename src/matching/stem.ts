import type * as Snowball from 'snowball-stemmers';
import { lazyPackage } from '../runtime/lazyPackage';

// Made when a word is first stemmed: the package (every language in one file, about 45 ms to load here) is
// not loaded by a start whose words' stems were all read from the matching cache (`matchingCache.ts`).
const snowball = lazyPackage<typeof Snowball>('snowball-stemmers');
let frenchStemmer: ReturnType<typeof Snowball.newStemmer> | undefined;
const cache = new Map<string, string>();
const MAX_CACHE = 50_000;

/**
 * Light French stemming (Snowball) so that "formations", "formation" and "former" meet.
 * Short words and numbers are left alone: stemming "php" or "sql" only adds collisions.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    frenchStemmer ??= snowball().newStemmer('french');
    stemmed = frenchStemmer.stem(word);
    if (cache.size < MAX_CACHE) cache.set(word, stemmed);
  }
  return stemmed;
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
