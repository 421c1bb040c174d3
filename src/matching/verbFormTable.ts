/**
 * Builds the table of verb forms (`verbForms.generated.ts`) from a conjugation list: only what the stemmer
 * gets wrong, only for verbs the knowledge base uses, never a word the base itself uses.
 *
 * Snowball leaves many conjugated forms apart from their infinitive: "rompt" (rompr), "travaillent",
 * "deviennent", "appris". A question that says "Comment on rompt un CDI ?" then missed the base's "rompre".
 */

/** french-verbs-lefff's shape: infinitive → tense letter → forms ("NA" where a person has none). */
export type Conjugations = Record<string, Partial<Record<string, Array<string | null>>>>;

/**
 * The tenses kept: present, subjunctive, imperfect, present and past participles, future, conditional.
 * The simple past and imperfect subjunctive are literary and mostly homographs of nouns ("formates").
 */
const TENSES = ['P', 'S', 'I', 'G', 'K', 'F', 'C'];

/**
 * Nouns and prepositions that are also forms of a verb the base uses ("entre", "options", "revenu"): left
 * alone, whatever the conjugations say. Most are words of the base already (never mapped); these are kept
 * in case a question uses them and the base does not.
 */
const NOT_VERB_FORMS: ReadonlySet<string> = new Set(
  'entre entreprise entreprises version versions option options bouton boutons revenu revenus revenue revenues revue revues court courts conduite conduites referent referents entretien entretiens faux salarie salaries salariee salariees employe employes employee employees paye payes payee payees suivi suivis rendu rendus licencie licencies parent parents content contents'.split(' '),
);

export interface VerbFormTools {
  /** Every word of the knowledge base's questions, answers and lexicon (normalised). */
  vocabulary: ReadonlySet<string>;
  stem(word: string): string;
  isFunctionWord(word: string): boolean;
  normalize(text: string): string;
  tokenize(normalized: string): string[];
}

/** The table: [infinitive, its forms that stem elsewhere], sorted. */
export function verbFormTable(conjugations: Conjugations, tools: VerbFormTools): Array<[infinitive: string, forms: string[]]> {
  const { vocabulary, stem, isFunctionWord, normalize, tokenize } = tools;
  const baseStems = new Set([...vocabulary].map(stem));
  const formsOf = new Map<string, Set<string>>();
  const stemsOfForm = new Map<string, Set<string>>();
  for (const [infinitive, tenses] of Object.entries(conjugations)) {
    const word = normalize(infinitive);
    if (tokenize(word).length !== 1) continue; // "sous-entendre": its forms are two words
    const forms = new Set<string>();
    for (const tense of TENSES) {
      for (const form of tenses[tense] ?? []) {
        const words = !form || form === 'NA' ? [] : tokenize(normalize(form));
        if (words.length === 1) forms.add(words[0]);
      }
    }
    formsOf.set(word, forms);
    for (const form of forms) {
      let stems = stemsOfForm.get(form);
      if (!stems) stemsOfForm.set(form, (stems = new Set()));
      stems.add(stem(word));
    }
  }
  const table: Array<[string, string[]]> = [];
  for (const [infinitive, forms] of formsOf) {
    const infinitiveStem = stem(infinitive);
    if (!baseStems.has(infinitiveStem) || isFunctionWord(infinitive)) continue;
    const kept = [...forms].filter(
      (form) =>
        form.length > 3 &&
        stem(form) !== infinitiveStem &&
        // "-ons" is the first person plural, rare in a question and the ending of many nouns ("options").
        !form.endsWith('ons') &&
        !NOT_VERB_FORMS.has(form) &&
        // The base's own words keep their stems: the table reads questions, it does not re-index the base.
        !vocabulary.has(form) &&
        !isFunctionWord(form) &&
        // A form of two verbs ("suis", "devient" for devenir and dévier once accents are gone) is left alone.
        stemsOfForm.get(form)?.size === 1,
    );
    if (kept.length > 0) table.push([infinitive, kept.sort()]);
  }
  return table.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The TypeScript source of `verbForms.generated.ts`: one line per verb, "infinitive form form…". */
export function verbFormsSource(table: ReadonlyArray<readonly [string, readonly string[]]>): string {
  const lines = table.map(([infinitive, forms]) => `  '${[infinitive, ...forms].join(' ')}',`);
  return [
    '// Written by `npm run verbs:build` (src/cli/verbFormsBuild.ts) from french-verbs-lefff 3.4.0 (Apache-2.0,',
    '// data of the Lefff, LGPL-LR): do not edit by hand. Each line: an infinitive, then its forms that the',
    '// stemmer would not bring to it. See src/matching/verbForms.ts.',
    'export const VERB_FORM_LINES: readonly string[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}
