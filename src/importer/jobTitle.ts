/**
 * The job's name in the forms generated questions need: "un développeur back end",
 * "d'un data scientist", "l'ingénieur", plural, and an English name for English phrasings.
 */
import { foldForLookup } from '../text/fold';

export interface JobForms {
  /** As written in running text: "développeur back end". */
  name: string;
  feminine: boolean;
  /** The subject pronoun after an inverted verb: "peut-il", "peut-elle". */
  he: 'il' | 'elle';
  /** "un développeur back end" / "une …" */
  a: string;
  /** "d'un développeur back end" */
  ofA: string;
  /** "le développeur back end" / "la …" / "l'…" */
  the: string;
  /** "de développeur back end" / "d'ingénieur …" */
  of: string;
  /** "développeurs back end" */
  plural: string;
  /** "de développeurs back end" / "d'ingénieurs …" */
  ofPlural: string;
  /** "back end developer" (the French name when no translation is known) */
  en: string;
  /** "a back end developer" */
  enA: string;
  /** "back end developers" */
  enPlural: string;
}

const startsWithVowel = (text: string) => /^[aeiouyhâàéèêëîïôûù]/i.test(text);

/** "Développeur" -> "développeur", but acronyms ("SEO", "UX") and brand-like words ("DevOps") keep their capitals. */
function runningText(title: string): string {
  return title
    .split(/\s+/)
    .map((word) => (word.length > 1 && (word === word.toUpperCase() || /\p{Lu}/u.test(word.slice(1))) ? word : word.toLowerCase()))
    .join(' ');
}

/** French agent nouns take the plural mark on the first word ("chefs de projet", "développeurs back end"). */
function pluralOf(name: string): string {
  const words = name.split(' ');
  const first = words[0];
  const frenchHead = words.length === 1 || /(eur|euse|ien|ienne|iste|ant|ante|ier|iere|ière|ef|e)$/.test(first) || words.includes('de') || words.some((w) => w.startsWith("d'"));
  const mark = (word: string) => (/[sxz]$/.test(word) ? word : `${word}s`);
  if (frenchHead && !/^(data|web|business|product|scrum|growth|tech|full|front|back)$/.test(first)) return [mark(first), ...words.slice(1)].join(' ');
  return [...words.slice(0, -1), mark(words[words.length - 1])].join(' ');
}

/** A few common French job names and their English form; others keep their French name in English phrasings. */
const ENGLISH_PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^developpeur (?:web )?(back end|backend|back-end|front end|frontend|front-end|full stack|fullstack|mobile|web|java|python|php)$/, (m) => `${m[1].replace('-', ' ')} developer`],
  [/^developpeur$/, () => 'developer'],
  [/^ingenieur (logiciel|devops|data|cloud|securite)$/, (m) => `${{ logiciel: 'software', securite: 'security' }[m[1]] ?? m[1]} engineer`],
  [/^chef de projet( informatique| digital)?$/, (m) => `${m[1] === ' informatique' ? 'IT ' : m[1] === ' digital' ? 'digital ' : ''}project manager`],
  [/^consultant (.+)$/, (m) => `${m[1]} consultant`],
  [/^(data scientist|data analyst|data engineer|product owner|product manager|scrum master|growth hacker|community manager)$/, (m) => m[1]],
];

function englishName(name: string): string {
  const folded = foldForLookup(name);
  for (const [pattern, make] of ENGLISH_PATTERNS) {
    const match = pattern.exec(folded);
    if (match) return make(match);
  }
  return name;
}

/**
 * The job's name in a page title: "Fiche métier : Data scientist", "Devenir data scientist",
 * "Data scientist : fiche métier" all name "Data scientist".
 */
export function jobNameFromTitle(title: string): string {
  const name = title
    .trim()
    .replace(/^(fiche[- ]m[ée]tier|le m[ée]tier de|m[ée]tier|devenir)\s*[:\-–—]?\s*/iu, '')
    .replace(/\s*[:\-–—|]\s*(fiche[- ]m[ée]tier|le m[ée]tier)$/iu, '')
    .trim();
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : title.trim();
}

/**
 * Builds the forms of a job name. The gender follows the page: "la data scientist" more often than "le" makes it feminine.
 * @example jobForms('Développeur back end').ofA // "d'un développeur back end"
 */
export function jobForms(title: string, pageText = ''): JobForms {
  const name = runningText(title.trim());
  const folded = foldForLookup(name);
  const text = ` ${foldForLookup(pageText)} `;
  const count = (pattern: string) => text.split(` ${pattern} ${folded} `).length - 1;
  const feminine = count('la') + count('une') > count('le') + count('un');
  const vowel = startsWithVowel(name);
  const a = `${feminine ? 'une' : 'un'} ${name}`;
  const en = englishName(name);
  return {
    name,
    feminine,
    he: feminine ? 'elle' : 'il',
    a,
    ofA: `d'${a}`,
    the: vowel ? `l'${name}` : `${feminine ? 'la' : 'le'} ${name}`,
    of: vowel ? `d'${name}` : `de ${name}`,
    plural: pluralOf(name),
    ofPlural: vowel ? `d'${pluralOf(name)}` : `de ${pluralOf(name)}`,
    en,
    enA: `${/^[aeiou]/i.test(en) ? 'an' : 'a'} ${en}`,
    enPlural: en.replace(/(\w)$/, '$1s'),
  };
}
