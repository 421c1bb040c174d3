import { VERB_FORM_LINES } from './verbForms.generated';

let infinitives: Map<string, string> | undefined;

/**
 * The infinitive of a conjugated form the stemmer cannot bring to it ("rompt" → "rompre", "travaillent" →
 * "travailler"), for the verbs the knowledge base uses; undefined for any other word.
 * Built on first use: a start whose stems all come from the matching cache never needs it.
 */
export function infinitiveOf(word: string): string | undefined {
  if (!infinitives) {
    infinitives = new Map();
    for (const line of VERB_FORM_LINES) {
      const [infinitive, ...forms] = line.split(' ');
      for (const form of forms) infinitives.set(form, infinitive);
    }
  }
  return infinitives.get(word);
}
