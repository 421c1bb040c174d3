/**
 * Text normalisation shared by the knowledge base and the user's question (always the same function,
 * so that both sides meet on the same forms).
 *
 * normalize("L'Étude d’un Développeur back-end ?") === "le etude de un developpeur back end"
 *
 * Case, accents, apostrophes and œ/æ are folded by `foldLetters` (src/text/fold.ts, with the other folds).
 */

import { foldLetters } from '../text/fold';
import { keepingRecentResults } from './recentResults';

// "qu'est-ce" asks "what is", unlike "est-ce" (yes/no): keep it one word before elisions are cut (also typed
// "qu est ce" or "quest ce").
const WHAT_IS = /\bqu(?:'| )?est[- ]?ce\b/g;
// French elided articles and pronouns ("l'", "d'", "qu'"...) glued to the next word: written out
// in full, so that "l'école" and "la école" read alike and the article still tells a noun.
const ELISION = /\b(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=[a-z0-9])/g;
const ELIDED: Record<string, string> = { l: 'le ', d: 'de ', j: 'je ', m: 'me ', n: 'ne ', s: 'se ', t: 'te ', c: 'ce ' };
// Everything but letters and digits separates words (apostrophes too, once elisions are written out).
const NON_WORD = /[^a-z0-9]+/g;
// Markup pasted or typed into a chat box is not words: HTML tags with their attributes,
// character entities and links would otherwise become "words" that change a question's score.
const MARKUP = /<\/?[a-z!][^<>]{0,500}>|&[a-z]+;|&#\d+;|\b(?:https?:\/\/|www\.)\S+/gi;

/** Removes markup (HTML tags, entities, links) from a message, keeping its words. */
export function stripMarkup(text: string): string {
  return text.replace(MARKUP, ' ');
}

/** A message is normalised whole, by sentence and by part, by several readings in turn: the recent ones are kept. */
export const normalize: (text: string) => string = keepingRecentResults(normalizeText, 64);

function normalizeText(text: string): string {
  return foldLetters(stripMarkup(text))
    .replace(WHAT_IS, 'questce')
    .replace(ELISION, (_, word: string) => ELIDED[word] ?? `${word}e `)
    .replace(NON_WORD, ' ')
    .trim();
}

/** Splits normalised text into words. */
export function tokenize(normalized: string): string[] {
  return normalized ? normalized.split(' ') : [];
}
