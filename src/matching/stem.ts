import { newStemmer } from 'snowball-stemmers';

/**
 * Light French stemming (Snowball) so that "formations", "formation" and "former" meet.
 * Short words and numbers are left alone: stemming "php" or "sql" only adds collisions.
 */
const frenchStemmer = newStemmer('french');
const cache = new Map<string, string>();
const MAX_CACHE = 50_000;

export function stem(word: string): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = frenchStemmer.stem(word);
    if (cache.size < MAX_CACHE) cache.set(word, stemmed);
  }
  return stemmed;
}
