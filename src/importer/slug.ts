/** Kebab-case ids and the keywords of a heading. */
import { foldForLookup } from '../text/fold';
import { words } from '../text/words';

/** Words that carry no topic in a heading or a question (folded forms). */
const GRAMMAR_WORDS = new Set(
  (
    'a au aux avec ce ces cet cette comme comment dans de des du d elle elles en est et etre faire faut il ils ' +
    'l la le les leur leurs ne on ou par pas peut peuvent plus pour pourquoi qu que quel quelle quelles quels qui quoi ' +
    's sa se ses son sont sur t un une vos votre y the of and to for how what is are do does can'
  ).split(' '),
);

/** Whether a text is a valid id as the schema wants it: lowercase letters and digits, single dashes between. */
export function isKebabCase(text: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(text);
}

/**
 * Lowercase words without accents joined by dashes: a valid schema id.
 * @example slugify('Développeur back end') // 'developpeur-back-end'
 */
export function slugify(text: string): string {
  return foldForLookup(text).split(' ').filter(Boolean).join('-');
}

/**
 * The topic words of a text, in order and lowercase (accents kept), without grammar words
 * nor the words of `without` (the job's name).
 * @example keywords('Étude et formation : comment devenir développeur back end ?', 'Développeur back end') // ['étude', 'formation', 'devenir']
 */
export function keywords(text: string, without = ''): string[] {
  const skip = new Set(foldForLookup(without).split(' '));
  return words(text.toLowerCase()).filter((word) => {
    const folded = foldForLookup(word);
    // "data scientists" names the job as much as "data scientist" does.
    const singular = folded.replace(/s$/, '');
    // One letter is an elided word ("c'est", "l'étude", "qu'un"), never a topic.
    return folded.length > 1 && !GRAMMAR_WORDS.has(folded) && !skip.has(folded) && !skip.has(singular);
  });
}
