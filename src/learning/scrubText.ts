/** Longest text kept in a record: enough for any question, not for a pasted document. */
export const MAX_RECORDED_LENGTH = 500;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// IBANs as printed (FR76 3000 6000 0112 3456 7890 189) or in one piece; see looksLikeIban.
const IBAN = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?\b/gi;
// French and international phone numbers: +33 6 12 34 56 78, 06.12.34.56.78, 0612345678...
// Never a piece of a longer digit run (that is LONG_NUMBER's, whole).
const PHONE = /(?<!\d)(?:\+\d{1,3}[\s.-]?)?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){3,5}(?!\d)/g;
// What is left of long digit runs (IBAN, social security or SIRET numbers).
const LONG_NUMBER = /\d[\d\s.-]{7,}\d/g;

/**
 * Users sometimes type their e-mail, phone or bank account number; neither records nor conversation
 * state may keep them. Replaces them with a placeholder and leaves the rest of the text as it was
 * (line breaks included: the hand-off transcript keeps its layout).
 *
 * redactPersonalData("mon IBAN : FR76 3000 6000 0112 3456 7890 189") === "mon IBAN : [IBAN]"
 */
export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, '[e-mail]')
    .replace(IBAN, (match) => (looksLikeIban(match) ? '[IBAN]' : match))
    .replace(PHONE, (match) => (match.replace(/\D/g, '').length >= 8 ? '[numéro]' : match))
    .replace(LONG_NUMBER, '[numéro]');
}

/** Every IBAN is 15 to 34 characters and has at least 10 digits: words that fit the pattern do not. */
function looksLikeIban(match: string): boolean {
  const compact = match.replace(/[ -]/g, '');
  return compact.length >= 15 && compact.length <= 34 && compact.replace(/\D/g, '').length >= 10;
}

/**
 * What a learning record keeps of a text: personal data redacted, spaces squeezed, length capped.
 *
 * scrubText("rappelez-moi au 06 12 34 56 78") === "rappelez-moi au [numéro]"
 */
export function scrubText(text: string): string {
  return redactPersonalData(text).replace(/\s+/g, ' ').trim().slice(0, MAX_RECORDED_LENGTH);
}
