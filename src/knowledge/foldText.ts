/**
 * Loose comparison key for duplicate checks only (not the matcher's normalisation):
 * case, accents, punctuation and spacing do not make two phrasings different.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
