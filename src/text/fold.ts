/**
 * Text folds: the one place that says what two texts have in common once case, accents, apostrophes,
 * punctuation or spacing are set aside. The variants differ in what they set aside, and each is
 * named by what it is for:
 *
 * | fold             | case | accents | œ/æ | apostrophes | punctuation      | used for                                   |
 * |------------------|------|---------|-----|-------------|------------------|--------------------------------------------|
 * | `foldAccents`    | off  | off     | kept| kept        | kept             | reading dates, sentence shapes, test data  |
 * | `foldLetters`    | off  | off     | oe  | straight '  | kept             | the matcher's `normalize`, word lists      |
 * | `foldForLookup`  | off  | off     | kept| gone        | gone (one space) | duplicate checks, commands, names in text  |
 * | `foldForEcho`    | off  | kept    | kept| straight '  | final one gone   | a typed text that repeats a button's title |
 *
 * The matcher's full normalisation (elisions, "qu'est-ce", markup) is `normalize` in
 * src/matching/normalize.ts, built on `foldLetters`.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Typographic apostrophes and the accents people type for one (‘ ’ ʼ ` ´). */
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Lower case without accents; everything else kept.
 * @example foldAccents('Mis à jour le 20 Décembre') // 'mis a jour le 20 decembre'
 */
export function foldAccents(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
}

/** The letters `foldLetters` reads, one way: its own definition, applied to a whole text. */
function foldLettersSlowly(text: string): string {
  return text
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '');
}

/** Below this code, every lower-case character folds alone as it would in any text (precomposed letters only). */
const TABLE_SIZE = 0x250;
/** One of APOSTROPHES (tested on one character: no global flag, no state between tests). */
const AN_APOSTROPHE = new RegExp(APOSTROPHES.source);
/** The fold of each character below TABLE_SIZE, computed by `foldLettersSlowly` itself. */
const FOLDED = Array.from({ length: TABLE_SIZE }, (_, code) => foldLettersSlowly(String.fromCharCode(code)));
/** 1 for the characters the fold leaves as they are (most of ASCII: not the backtick, an apostrophe). */
const KEPT = Uint8Array.from(FOLDED, (folded, code) => (folded === String.fromCharCode(code) ? 1 : 0));

/**
 * Lower case without accents, typographic apostrophes made straight and œ/æ written out: the
 * letters the matcher reads (punctuation and spacing kept, for the steps that follow).
 * Read one character at a time from a table: every question is folded several times, and Unicode
 * normalisation of a whole text costs several times more. A character beyond the table (combining
 * marks typed apart, other scripts) sends the text the slow way, which defines the result.
 * @example foldLetters('L’Œuvre d’Ève') // "l'oeuvre d'eve"
 */
export function foldLetters(text: string): string {
  const lower = text.toLowerCase();
  let folded = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < TABLE_SIZE && KEPT[code] === 1) continue;
    let replacement: string;
    if (code < TABLE_SIZE) replacement = FOLDED[code];
    else if (AN_APOSTROPHE.test(lower[i])) replacement = "'";
    else return foldLettersSlowly(text);
    folded += lower.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? lower : folded + lower.slice(from);
}

/**
 * Loose comparison key: case, accents, punctuation and spacing do not make two phrasings different
 * (words joined by single spaces). For duplicate checks, command words, names looked up in a text;
 * not the matcher's normalisation.
 * @example foldForLookup('  Aide !') // 'aide'
 * @example foldForLookup("Qu'est-ce que le portage ?") // 'qu est ce que le portage'
 */
export function foldForLookup(text: string): string {
  return foldAccents(text).replace(NOT_LETTER_OR_DIGIT, ' ').trim();
}

/**
 * The key under which a typed text is the title of a button shown before: case, spacing,
 * typographic apostrophes and the final punctuation set aside, accents and inner punctuation kept.
 * @example foldForEcho('Quelle  école ? ') === foldForEcho('quelle école') // true
 */
export function foldForEcho(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s?!.…]+$/u, '')
    .trim();
}
