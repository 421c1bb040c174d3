/**
 * What a section or a question is about, from its words: the usual topics of a job-profile page.
 * The kind decides which alternate phrasings and tags an entry gets.
 */
import { foldForLookup } from '../text/fold';

export type SectionKind =
  | 'definition'
  | 'missions'
  | 'training'
  | 'skills'
  | 'employers'
  | 'career'
  | 'salary'
  | 'freelance'
  | 'portageStatus'
  | 'portageClients'
  | 'portageOtherActivity'
  | 'portage';

/** Topic words (folded). A word after `~` is a weak hint: alone it does not decide the kind. */
const KIND_WORDS: Readonly<Record<SectionKind, readonly string[]>> = {
  // "What is the job" and "what does the job involve" are two questions: a page may answer them apart.
  definition: ['definition', 'en quoi consiste', 'qu est ce', 'c est quoi', '~metier', '~poste'],
  missions: ['fonction', 'fonctions', 'missions', 'role', 'taches', 'quotidien', 'que fait', '~activites'],
  training: ['formation', 'formations', 'etude', 'etudes', 'diplome', 'diplomes', 'ecole', 'ecoles', 'cursus', 'parcours', '~devenir'],
  skills: ['competence', 'competences', 'qualite', 'qualites', 'talent', 'talents', 'savoir faire', 'savoir etre', 'aptitudes', 'prerequis', '~profil', '~outils', '~langages'],
  employers: ['recruteur', 'recruteurs', 'recrutement', 'recrute', 'recrutent', 'embaucher', 'embauche', 'employeur', 'employeurs', 'debouches', '~emploi', '~secteurs'],
  career: ['carriere', 'evolution', 'evolutions', 'perspectives', 'evoluer', '~avenir'],
  salary: ['salaire', 'salaires', 'remuneration', 'gagne', 'gagner', 'revenu', 'revenus', 'tjm', '~combien'],
  freelance: ['independant', 'independants', 'freelance', 'freelances', 'auto entrepreneur', 'auto entrepreneurs', 'a son compte'],
  portageStatus: ['statut', 'contrat', 'cdi', 'cdd', 'chomage', 'retraite'],
  portageClients: ['clients', 'client', 'prospection', 'prospecter'],
  portageOtherActivity: ['autre activite', 'exclusivite', 'cumul', 'cumuler', 'en parallele'],
  portage: ['portage'],
};

const STRONG = 2;
const WEAK = 1;
const PORTAGE_SPECIFIC: readonly SectionKind[] = ['portageStatus', 'portageClients', 'portageOtherActivity'];

function score(padded: string, words: readonly string[]): number {
  return words.reduce((sum, word) => {
    const weak = word.startsWith('~');
    return padded.includes(` ${weak ? word.slice(1) : word} `) ? sum + (weak ? WEAK : STRONG) : sum;
  }, 0);
}

/**
 * The kinds a heading or question is about, strongest first: every kind with a strong word,
 * else the best weak hint. `only` limits the kinds looked for (e.g. the intro: portage, freelance).
 * @example detectKinds('Étude et formation : comment devenir développeur back end ?') // ['training']
 */
export function detectKinds(text: string, only?: readonly SectionKind[]): SectionKind[] {
  const padded = ` ${foldForLookup(text)} `;
  const scored = (Object.keys(KIND_WORDS) as SectionKind[])
    .filter((kind) => !only || only.includes(kind))
    .map((kind) => ({ kind, score: score(padded, KIND_WORDS[kind]) }))
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score);
  const strong = scored.filter((item) => item.score >= STRONG);
  let kinds = (strong.length > 0 ? strong : scored.slice(0, 1)).map((item) => item.kind);
  // A question about the status or the clients in portage is not the general "why portage" question.
  if (kinds.some((kind) => PORTAGE_SPECIFIC.includes(kind))) kinds = kinds.filter((kind) => kind !== 'portage');
  return kinds;
}
