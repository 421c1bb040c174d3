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
// in full with their "e" ("le ", "de ", "que "), so that "l'école" and "la école" read alike and the article
// still tells a noun.
const ELISION = /\b(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=[a-z0-9])/g;
const ENGLISH_ARE = /(?<=[a-z])'re\b/g;
// Everything but letters and digits separates words (apostrophes too, once elisions are written out).
const NON_WORD = /[^a-z0-9]+/g;
// Markup pasted or typed into a chat box is not words: HTML tags with their attributes,
// character entities and links would otherwise become "words" that change a question's score.
const MARKUP = /<\/?[a-z!][^<>]{0,500}>|&[a-z]+;|&#\d+;|\b(?:https?:\/\/|www\.)\S+/gi;
// A mention typed into a chat box ("@FAQbot c'est quoi le portage ?") says whom the message is for, not what it
// asks (Teams sends its mentions as entities, removed by the channel layer). Not an e-mail address: nothing is
// glued before the "@".
const MENTION = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_.-]+/gu;
// The subject prefixes of an answered or forwarded mail pasted into the chat ("Re:", "Fwd:", "TR :", "FW:").
const MAIL_PREFIX = /^\s*(?:(?:re|fwd?|tr)\s*:\s*)+/i;

// A pasted mail's signature: everything after the "--" line that opens it ("Sophie D. | Chargée de projet |
// www.exemple.fr" names a job and a company, not what is asked). Lines end at a line break or an HTML <br>.
const SIGNATURE = /(?:\n|<br\s*\/?>)\s*--\s*(?:\n|<br\s*\/?>)[\s\S]*$/i;

/**
 * Removes markup (HTML tags, entities, links, mentions, mail prefixes, a mail's signature) from a message, keeping its
 * words. A message is stripped by each of its readings in turn (its focus, its normalisation…): the recent ones are kept.
 */
export const stripMarkup: (text: string) => string = keepingRecentResults(stripMarkupOf, 64);

function stripMarkupOf(text: string): string {
  return text.replace(SIGNATURE, ' ').replace(MAIL_PREFIX, ' ').replace(MENTION, ' ').replace(MARKUP, ' ');
}

/** A message is normalised whole, by sentence and by part, by several readings in turn: the recent ones are kept. */
export const normalize: (text: string) => string = keepingRecentResults(normalizeText, 64);

function normalizeText(text: string): string {
  let folded = foldLetters(stripMarkup(text)).replace(WHAT_IS, 'questce');
  // Both need an apostrophe: a text without one is spared their scans. The elision is rewritten by a replacement
  // pattern, not a function (a call per match was most of a normalisation).
  if (folded.includes("'")) {
    folded = folded
      // English "they're", "what're": the verb, not a stray "re" (a rare word, weighed as a topic).
      .replace(ENGLISH_ARE, ' are')
      .replace(ELISION, '$1e ');
  }
  return folded.replace(NON_WORD, ' ').trim();
}

/** Splits normalised text into words. */
export function tokenize(normalized: string): string[] {
  return normalized ? normalized.split(' ') : [];
}
