/**
 * Other ways to say a page's own question, by French grammar rather than by topic:
 * "Un X peut-il Y ?" -> "Est-ce qu'un X peut Y ?" and the spoken "un X peut Y ?".
 */

const INTERROGATIVE = /^(comment|pourquoi|quand|où|combien|quel|quelle|quels|quelles|que|qu'|à quoi|avec qui|de quoi)\b/i;
/** "… peut-il …", "… trouve-t-il …": a verb with its subject pronoun after it. */
const INVERSION = /^(.+?) ([\p{L}]+)-(?:t-)?(il|elle|ils|elles|on) (.+?)\s*\?$/u;

const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
const que = (next: string) => (/^[aeiouyhéèêàâîôû]/i.test(next) ? `qu'${next}` : `que ${next}`);

/**
 * @example questionVariants('Un data scientist en portage salarial peut-il travailler à distance ?')
 * // ["Est-ce qu'un data scientist en portage salarial peut travailler à distance ?", 'un data scientist en portage salarial peut travailler à distance ?']
 */
export function questionVariants(question: string): string[] {
  const match = INVERSION.exec(question.trim());
  if (!match) return [];
  const [, before, verb, , rest] = match;
  const asked = INTERROGATIVE.exec(before);
  if (asked) {
    const subject = before.slice(asked[0].length).trim();
    if (!subject) return [];
    return [`${asked[0]} est-ce ${que(lowerFirst(subject))} ${verb} ${rest} ?`];
  }
  const subject = lowerFirst(before);
  return [`Est-ce ${que(subject)} ${verb} ${rest} ?`, `${subject} ${verb} ${rest} ?`];
}
