/** Words of a text, as any letters and digits between anything else. */

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;

/**
 * The words of a text, in order, as written (case and accents kept).
 * @example words("L'étude, c'est 3 ans ?") // ['L', 'étude', 'c', 'est', '3', 'ans']
 */
export function words(text: string): string[] {
  return text.split(NOT_LETTER_OR_DIGIT).filter(Boolean);
}

/**
 * How many words a text has.
 * @example wordCount('Et pour un data scientist ?') // 5
 */
export function wordCount(text: string): number {
  return words(text).length;
}
