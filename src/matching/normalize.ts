/**
 * Text normalisation shared by the knowledge base and the user's question (always the same function,
 * so that both sides meet on the same forms).
 *
 * normalize("L'Étude d’un Développeur back-end ?") === "etude un developpeur back end"
 */

// French elided articles and pronouns: "l'", "d'", "qu'", "jusqu'"... glued to the next word.
const ELISION = /\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=[a-z0-9])/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9']+/g;

export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(ELISION, '')
    .replace(NON_WORD, ' ')
    .replace(/'/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Splits normalised text into words. */
export function tokenize(normalized: string): string[] {
  return normalized ? normalized.split(' ') : [];
}
