import { beforeAll, describe, expect, test } from 'vitest';
import { foldForLookup } from '../../src/text/fold';
import { readBaseEntries, type BaseEntry } from '../../src/importer/baseEntries';
import { buildDraft } from '../../src/importer/buildDraft';
import { readPageContent } from '../../src/importer/readPage';
import type { DraftEntry, DraftPlan } from '../../src/importer/types';
import { KNOWLEDGE, readPageText } from './importerFixtures';

const byId = (plan: DraftPlan, id: string): DraftEntry => {
  const entry = plan.entries.find((e) => e.fields.id === id);
  if (!entry) throw new Error(`no entry ${id} in ${plan.entries.map((e) => e.fields.id).join(', ')}`);
  return entry;
};

/** The real base without the back-end file: what a first import of the seed page would see. */
async function sharedBase(): Promise<BaseEntry[]> {
  return readBaseEntries(KNOWLEDGE, 'developpeur-back-end.yaml');
}

describe('When the seed page becomes draft entries', () => {
  let plan: DraftPlan;
  beforeAll(async () => {
    const page = readPageContent('developpeur-back-end.txt', await readPageText('developpeur-back-end.txt'));
    plan = buildDraft(page, { base: await sharedBase() });
  });

  test('the profile is the slug of the title, with the source title and date', () => {
    expect(plan.profile).toBe('developpeur-back-end');
    expect(plan.source).toEqual({ title: 'Fiche métier : Développeur back end', updated: '2023-12-20' });
    expect(plan.theme).toBe('Le métier de développeur back end');
  });

  test('there is one entry for the intro and one per section, with ids made of the profile and the heading keywords', () => {
    expect(plan.entries.map((entry) => entry.fields.id)).toEqual([
      'developpeur-back-end-presentation',
      'developpeur-back-end-definition-fonction-poste',
      'developpeur-back-end-etude-formation',
      'developpeur-back-end-competences-talents-requis',
      'developpeur-back-end-principaux-recruteurs',
      'developpeur-back-end-carriere-evolution',
    ]);
    for (const entry of plan.entries) expect(entry.fields.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('the portage salarial questions of the page are recognised as already covered by the shared entries', () => {
    expect(plan.covered).toEqual([
      { question: 'Comment le développeur back end en portage salarial trouve-t-il ses clients ?', by: 'portage-finding-clients' },
      { question: 'Quel statut possède un développeur back end en portage salarial ?', by: 'portage-status' },
      { question: 'Un développeur back end porté salarié peut-il exercer une autre activité ?', by: 'portage-other-activity' },
    ]);
  });

  test('each section entry asks its heading first, then generated phrasings with the job name', () => {
    const studies = byId(plan, 'developpeur-back-end-etude-formation');
    expect(studies.fields.title).toBe('Étude et formation');
    expect(studies.fields.questions[0]).toBe('Étude et formation : comment devenir développeur back end ?');
    expect(studies.fields.questions).toEqual(
      expect.arrayContaining([
        'Quelle formation pour devenir développeur back end ?',
        'développeur back end formation',
        'How to become a back end developer?',
      ]),
    );
    expect(studies.fields.tags).toEqual(['formation', 'études']);
  });

  test('the phrasings follow what the heading is about', () => {
    expect(byId(plan, 'developpeur-back-end-definition-fonction-poste').fields.questions).toEqual(
      expect.arrayContaining(["Qu'est-ce qu'un développeur back end ?", 'Quelles sont les missions d\'un développeur back end ?', 'What is a back end developer?']),
    );
    expect(byId(plan, 'developpeur-back-end-competences-talents-requis').fields.questions).toEqual(
      expect.arrayContaining(['Quelles compétences faut-il pour être développeur back end ?', 'What skills does a back end developer need?']),
    );
    expect(byId(plan, 'developpeur-back-end-principaux-recruteurs').fields.questions).toEqual(
      expect.arrayContaining(['Qui recrute des développeurs back end ?', 'Who hires back end developers?']),
    );
    expect(byId(plan, 'developpeur-back-end-carriere-evolution').fields.questions).toEqual(
      expect.arrayContaining(['Quelles évolutions de carrière pour un développeur back end ?', 'back end developer career path']),
    );
  });

  test('a section title that starts with the job name is titled by what follows the colon', () => {
    expect(byId(plan, 'developpeur-back-end-definition-fonction-poste').fields.title).toBe('Définition et fonction du poste');
  });

  test('the answer is the section in Markdown: paragraphs apart, a list under its lead-in line', () => {
    expect(byId(plan, 'developpeur-back-end-etude-formation').fields.answer).toBe(
      [
        "Devenir développeur back end ne se fait pas par un seul et unique parcours de formation. Plusieurs cursus en lien avec l'informatique peuvent mener à ce métier. Ainsi, la plupart des développeurs back end proviennent :",
        "- D'une école d'ingénieur ;",
        "- D'une université ;",
        "- D'une école informatique.",
        '',
        "Le BTS ou le DUT informatique sont déjà de bonnes bases, il suffit ensuite d'approfondir les savoirs avec des études en second cycle.",
      ].join('\n'),
    );
  });

  test('the intro becomes a presentation entry that also answers why portage suits the job', () => {
    const intro = byId(plan, 'developpeur-back-end-presentation');
    expect(intro.fields.questions[0]).toBe('Présentation du métier de développeur back end');
    expect(intro.fields.questions).toContain('Pourquoi choisir le portage salarial quand on est développeur back end ?');
    expect(intro.fields.answer).not.toContain("Ad'Missions vous propose");
  });

  test('every entry is a draft, and no phrasing is used twice in the draft or in the rest of the base', async () => {
    const seen = new Map<string, string>();
    for (const question of (await sharedBase()).flatMap((entry) => entry.questions)) seen.set(foldForLookup(question), 'base');
    for (const entry of plan.entries) {
      expect(entry.fields.draft).toBe(true);
      for (const question of entry.fields.questions) {
        expect(seen.get(foldForLookup(question)), `"${question}" of ${entry.fields.id}`).toBeUndefined();
        seen.set(foldForLookup(question), entry.fields.id);
      }
    }
  });
});

describe('When a second, invented profile becomes draft entries next to the real base', () => {
  let plan: DraftPlan;
  beforeAll(async () => {
    const page = readPageContent('invented-data-scientist.txt', await readPageText('invented-data-scientist.txt'));
    plan = buildDraft(page, { base: await readBaseEntries(KNOWLEDGE, 'data-scientist.yaml') });
  });

  test('its ids, phrasings and English forms use its own job name', () => {
    expect(plan.profile).toBe('data-scientist');
    expect(plan.entries.map((e) => e.fields.id)).toEqual([
      'data-scientist-presentation',
      'data-scientist-definition-missions',
      'data-scientist-formation',
      'data-scientist-competences-qualites',
      'data-scientist-salaire',
      'data-scientist-principaux-recruteurs',
      'data-scientist-carriere-evolution',
      'data-scientist-portage-salarial-travailler-distance',
    ]);
    expect(byId(plan, 'data-scientist-salaire').fields.questions).toEqual(
      expect.arrayContaining(['Combien gagne un data scientist ?', 'salaire data scientist', 'How much does a data scientist earn?']),
    );
    expect(byId(plan, 'data-scientist-principaux-recruteurs').fields.questions).toContain('Qui recrute des data scientists ?');
  });

  test('the shared portage questions are covered whatever the job name, the new one becomes a portage entry', () => {
    expect(plan.covered.map((pair) => pair.by)).toEqual(['portage-finding-clients', 'portage-status', 'portage-other-activity']);
    const remote = byId(plan, 'data-scientist-portage-salarial-travailler-distance');
    expect(remote.fields.theme).toBe('Portage salarial');
    expect(remote.fields.questions.slice(0, 2)).toEqual([
      'Un data scientist en portage salarial peut-il travailler à distance ?',
      "Est-ce qu'un data scientist en portage salarial peut travailler à distance ?",
    ]);
    expect(remote.fields.questions.length).toBeGreaterThanOrEqual(4);
  });

  test('no generated phrasing names the other profile', () => {
    const text = JSON.stringify(plan.entries.map((e) => e.fields.questions));
    expect(text).not.toMatch(/back end/i);
  });
});

describe('When the page title says more than the job', () => {
  test('"Fiche métier : …", "Devenir …" and "… : fiche métier" name the job alone', async () => {
    const { jobNameFromTitle } = await import('../../src/importer/jobTitle');
    expect(jobNameFromTitle('Fiche métier : Data scientist')).toBe('Data scientist');
    expect(jobNameFromTitle('Devenir développeur front end')).toBe('Développeur front end');
    expect(jobNameFromTitle('Développeur back end : fiche métier')).toBe('Développeur back end');
    expect(jobNameFromTitle('Développeur back end')).toBe('Développeur back end');
  });

  test('the profile, ids and phrasings use the job name, not the whole title', () => {
    const page = readPageContent('x.txt', 'Fiche métier : Chef de projet\n\nMissions : que fait un chef de projet ?\n\nIl pilote les projets du début à la fin.\n');
    const plan = buildDraft(page, { base: [] });
    expect(plan.profile).toBe('chef-de-projet');
    expect(plan.source.title).toBe('Fiche métier : Chef de projet');
    expect(plan.entries[0].fields.id).toBe('chef-de-projet-missions');
    expect(plan.entries[0].fields.questions).toEqual(expect.arrayContaining(["Qu'est-ce qu'un chef de projet ?", 'Que fait un chef de projet ?', 'What does a project manager do?']));
  });
});
