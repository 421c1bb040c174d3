/**
 * Alternate phrasings by kind: the usual ways people ask about a job (full questions, keywords,
 * casual, English), written with the job's name. The page's own heading or question always comes first;
 * these follow it.
 */
import type { JobForms } from './jobTitle';
import type { SectionKind } from './sectionKinds';

type Phrasings = (job: JobForms) => string[];

export const KIND_PHRASINGS: Readonly<Record<SectionKind | 'presentation', Phrasings>> = {
  presentation: (j) => [
    `Présentation du métier ${j.of}`,
    `Le métier ${j.of} en bref`,
    `Parlez-moi du métier ${j.of}`,
    `fiche métier ${j.name}`,
    `Tell me about the ${j.en} job`,
  ],
  definition: (j) => [`Qu'est-ce qu'${j.a} ?`, `C'est quoi le métier ${j.of} ?`, `définition ${j.name}`, `What is ${j.enA}?`],
  missions: (j) => [
    `Que fait ${j.a} ?`,
    `Quelles sont les missions ${j.ofA} ?`,
    `Quel est le rôle ${j.ofA} ?`,
    `missions ${j.name}`,
    `What does ${j.enA} do?`,
  ],
  training: (j) => [
    `Quelle formation pour devenir ${j.name} ?`,
    `Comment devenir ${j.name} ?`,
    `Quelles études faire pour devenir ${j.name} ?`,
    `Quel diplôme faut-il pour être ${j.name} ?`,
    `Quelle école pour devenir ${j.name} ?`,
    `${j.name} formation`,
    `études ${j.name}`,
    `How to become ${j.enA}?`,
    `${j.en} training`,
  ],
  skills: (j) => [
    `Quelles compétences faut-il pour être ${j.name} ?`,
    `Quelles qualités faut-il pour être ${j.name} ?`,
    `Que doit savoir faire ${j.a} ?`,
    `Quel profil pour devenir ${j.name} ?`,
    `compétences ${j.name}`,
    `qualités ${j.name}`,
    `What skills does ${j.enA} need?`,
    `${j.en} skills`,
  ],
  employers: (j) => [
    `Qui recrute des ${j.plural} ?`,
    `Où travaille ${j.a} ?`,
    `Où se faire embaucher comme ${j.name} ?`,
    `Est-il facile de trouver un emploi ${j.of} ?`,
    `recrutement ${j.name}`,
    `débouchés ${j.name}`,
    `Who hires ${j.enPlural}?`,
    `Where does ${j.enA} work?`,
  ],
  career: (j) => [
    `Quelles évolutions de carrière pour ${j.a} ?`,
    `Comment évoluer quand on est ${j.name} ?`,
    `Quel avenir pour ${j.a} ?`,
    `évolution ${j.name}`,
    `carrière ${j.name}`,
    `${j.en} career path`,
    `What can ${j.enA} become with experience?`,
  ],
  salary: (j) => [
    `Combien gagne ${j.a} ?`,
    `Quel est le salaire ${j.ofA} ?`,
    `Quelle rémunération pour ${j.a} ?`,
    `salaire ${j.name}`,
    `rémunération ${j.name}`,
    `How much does ${j.enA} earn?`,
    `${j.en} salary`,
  ],
  freelance: (j) => [
    `Peut-on être ${j.name} en freelance ?`,
    `Beaucoup ${j.ofPlural} sont-${j.feminine ? 'elles' : 'ils'} indépendant${j.feminine ? 'e' : ''}s ?`,
    `${j.name} indépendant`,
    `${j.name} freelance`,
    `Can ${j.enA} work as a freelancer?`,
  ],
  portage: (j) => [
    `Pourquoi choisir le portage salarial quand on est ${j.name} ?`,
    `Le portage salarial est-il intéressant pour ${j.a} ?`,
    `${j.name} en portage salarial`,
    `portage salarial ${j.name}`,
    `Is umbrella employment a good option for ${j.enA}?`,
  ],
  portageStatus: (j) => [
    `Quel est le statut ${j.ofA} en portage salarial ?`,
    `En portage, ${j.a} est-${j.he} salarié${j.feminine ? 'e' : ''} ?`,
    `statut ${j.name} portage salarial`,
    `contrat ${j.name} portage`,
    `What is the status of ${j.enA} in umbrella employment?`,
  ],
  portageClients: (j) => [
    `Comment ${j.a} en portage salarial trouve-t-${j.he} ses missions ?`,
    `La société de portage aide-t-elle ${j.a} à trouver des clients ?`,
    `${j.name} portage trouver des clients`,
    `How does ${j.enA} find clients in umbrella employment?`,
  ],
  portageOtherActivity: (j) => [
    `${j.a.charAt(0).toUpperCase()}${j.a.slice(1)} en portage peut-${j.he} avoir une autre activité ?`,
    `${j.name} portage cumul emploi`,
    `exclusivité portage ${j.name}`,
    `Can ${j.enA} have another job in umbrella employment?`,
  ],
};

/** Tags by kind, for tooling and statistics. */
export const KIND_TAGS: Readonly<Record<SectionKind | 'presentation', readonly string[]>> = {
  presentation: ['présentation', 'métier'],
  definition: ['définition', 'métier'],
  missions: ['missions', 'rôle'],
  training: ['formation', 'études'],
  skills: ['compétences', 'qualités'],
  employers: ['recrutement', 'emploi'],
  career: ['carrière', 'évolution'],
  salary: ['salaire', 'rémunération'],
  freelance: ['indépendant', 'freelance'],
  portage: ['portage salarial'],
  portageStatus: ['portage salarial', 'statut'],
  portageClients: ['portage salarial', 'clients'],
  portageOtherActivity: ['portage salarial', 'cumul'],
};
