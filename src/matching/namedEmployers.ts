import { foldLetters } from '../text/fold';

/**
 * Whether a question asks if a named company hires ("Est-ce que Doctolib embauche des devs back ?", "Google recrute-t-il
 * des développeurs back end ?", "Is Capgemini hiring backend devs?"): the page says which kinds of employers hire (ESN,
 * start-ups…), never whether a given company does, today. Read on the text as typed: a company's name is capitalised.
 * Kinds of employers written in capitals (ESN, PME, TPE, GAFAM…) and question words are no company's name.
 */
const NAME = String.raw`\p{Lu}[\p{L}\d&'.-]*(?:\s+\p{Lu}[\p{L}\d&'.-]*)*`;
const HIRES = String.raw`(?:recrute|recrutent|recrute-t-(?:il|elle)|recrutent-(?:ils|elles)|embauche|embauchent|embauche-t-(?:il|elle)|embauchent-(?:ils|elles)|hires?|is hiring|are hiring|still hiring)`;
const NAMED_HIRING = new RegExp(String.raw`(${NAME})(?:\s+(?:ou|et|or|and)\s+(${NAME}))?\s+(?:en ce moment\s+|actuellement\s+|currently\s+)?${HIRES}\b`, 'gu');
const DO_NAMED_HIRE = new RegExp(String.raw`\b(?:[Dd]oes|[Dd]o|[Ii]s|[Aa]re)\s+(${NAME})(?:\s+(?:or|and)\s+(${NAME}))?\s+(?:hire|hiring|recruit|recruiting)\b`, 'gu');

/** Capitalised words that are no company: kinds of employers, question words, pronouns, sentence openings. */
const NOT_A_COMPANY = new Set(
  `esn ssii pme tpe eti gafam gafa dsi it rh drh startup start-up startups start-ups agences agence banques qui quelles quels quelle quel
  les des ils elles on nous vous who which what they companies firms est-ce bonjour salut hello hi et ou mais donc alors
  beaucoup plein certaines certains toutes tous la le une un ces ses leurs mes nos vos je tu il elle`.split(/\s+/),
);

const isCompany = (name: string | undefined): boolean =>
  name !== undefined && name.split(/\s+/).every((word) => !NOT_A_COMPANY.has(foldLetters(word).toLowerCase()));

export function asksIfNamedCompanyHires(question: string): boolean {
  for (const pattern of [NAMED_HIRING, DO_NAMED_HIRE]) {
    for (const match of question.matchAll(pattern)) if (isCompany(match[1]) || isCompany(match[2])) return true;
  }
  return false;
}
