/** Longest text kept in a record: enough for any question, not for a pasted document. */
export const MAX_RECORDED_LENGTH = 500;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// French and international phone numbers: +33 6 12 34 56 78, 06.12.34.56.78, 0612345678...
const PHONE = /(?:\+\d{1,3}[\s.-]?)?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){3,5}/g;
// What is left of long digit runs (IBAN, social security or SIRET numbers).
const LONG_NUMBER = /\d[\d\s.-]{7,}\d/g;

/**
 * Users sometimes type their e-mail or phone number in a question; records must not keep them.
 * Replaces them with a placeholder, squeezes spaces and caps the length.
 *
 * scrubText("rappelez-moi au 06 12 34 56 78") === "rappelez-moi au [numéro]"
 */
export function scrubText(text: string): string {
  return text
    .replace(EMAIL, '[e-mail]')
    .replace(PHONE, (match) => (match.replace(/\D/g, '').length >= 8 ? '[numéro]' : match))
    .replace(LONG_NUMBER, '[numéro]')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_RECORDED_LENGTH);
}
