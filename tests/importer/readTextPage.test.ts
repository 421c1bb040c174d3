import { beforeAll, describe, expect, test } from 'vitest';
import { readPageContent } from '../../src/importer/readPage';
import type { ImportedPage } from '../../src/importer/types';
import { readPageText } from './importerFixtures';

describe('When reading the seed page as plain text', () => {
  let page: ImportedPage;
  beforeAll(async () => {
    page = readPageContent('developpeur-back-end.txt', await readPageText('developpeur-back-end.txt'));
  });

  test('the first line is the title and the update line gives the date', () => {
    expect(page.format).toBe('text');
    expect(page.title).toBe('Développeur back end');
    expect(page.updated).toBe('2023-12-20');
  });

  test('short lines without a final period followed by text are the section headings', () => {
    expect(page.sections.map((section) => section.heading)).toEqual([
      'Développeur back end : définition et fonction du poste',
      'Étude et formation : comment devenir développeur back end ?',
      'Compétences et talents requis : quelles sont les qualités nécessaires au développeur back end ?',
      'Principaux recruteurs : où se faire embaucher ?',
      'Carrière et évolution : quelles sont les évolutions de poste envisageables ?',
    ]);
  });

  test('bullet lines become list items, in the section they belong to', () => {
    const skills = page.sections[2].blocks;
    expect(skills.map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph', 'list']);
    const human = skills[3];
    expect(human.type === 'list' && human.items.map((item) => item.text)).toEqual([
      "L'écoute, afin de bien cerner les attentes du client ;",
      "L'adaptabilité, car le développeur back end est amené à changer de projet régulièrement, et travailler sur des missions très variées ;",
      "La curiosité, afin d'assurer une veille constante sur les évolutions de la technologie et des nouvelles pratiques informatiques ;",
      "L'organisation ;",
      'Le sérieux…',
    ]);
  });

  test('the questions-answers part gives question/answer pairs, not sections', () => {
    expect(page.qa.map((pair) => pair.question)).toEqual([
      'Comment le développeur back end en portage salarial trouve-t-il ses clients ?',
      'Quel statut possède un développeur back end en portage salarial ?',
      'Un développeur back end porté salarié peut-il exercer une autre activité ?',
    ]);
    expect(page.qa[1].blocks).toEqual([expect.objectContaining({ type: 'paragraph', text: expect.stringContaining('possède le statut de salarié') })]);
  });

  test('the intro keeps its two paragraphs and loses the marketing line and the picture caption', () => {
    expect(page.intro).toHaveLength(2);
    expect(page.intro[0]).toMatchObject({ text: expect.stringMatching(/^Travailleur dans l'ombre/) });
    expect(page.noise).toEqual(
      expect.arrayContaining([
        { reason: 'marketing', text: expect.stringMatching(/^Ad'Missions vous propose de découvrir/) },
        { reason: 'caption', text: 'Homme sur un pouf qui travaille sur son ordinateur' },
        { reason: 'rating', text: 'Je note cette page' },
        { reason: 'rating', text: 'noter' },
      ]),
    );
    expect(page.noise).toHaveLength(4);
  });

  test('the rating widget at the end is not part of the last answer', () => {
    const last = page.qa[page.qa.length - 1].blocks;
    expect(last).toHaveLength(1);
    expect(JSON.stringify(last)).not.toContain('note');
  });
});

describe('When a plain text page has other shapes', () => {
  const text = [
    'Accueil > Fiches métiers > Chef de projet',
    'Chef de projet',
    'Mis à jour le 2 mai 2024',
    "Le chef de projet pilote un projet du début à la fin.",
    'Ses missions',
    '- Planifier les étapes ;',
    '- Suivre le budget.',
    'Une section sans texte',
    'FAQ',
    'Le chef de projet peut-il travailler en portage salarial ?',
    'Oui, comme tout consultant autonome.',
    '★★★★☆',
  ].join('\n');

  test('a breadcrumb above the title is navigation, dash bullets are lists, "FAQ" opens the questions', () => {
    const page = readPageContent('chef.txt', text);
    expect(page.title).toBe('Chef de projet');
    expect(page.updated).toBe('2024-05-02');
    expect(page.noise).toEqual(
      expect.arrayContaining([
        { reason: 'navigation', text: 'Accueil > Fiches métiers > Chef de projet' },
        { reason: 'rating', text: '★★★★☆' },
      ]),
    );
    expect(page.sections).toEqual([
      { heading: 'Ses missions', blocks: [{ type: 'list', ordered: false, items: [{ text: 'Planifier les étapes ;', depth: 0 }, { text: 'Suivre le budget.', depth: 0 }] }] },
    ]);
    expect(page.qa).toEqual([{ question: 'Le chef de projet peut-il travailler en portage salarial ?', blocks: [{ type: 'paragraph', text: 'Oui, comme tout consultant autonome.' }] }]);
  });

  test('a short line with nothing under it is reported rather than imported', () => {
    const page = readPageContent('chef.txt', text);
    expect(page.noise.map((item) => item.text).concat(page.notes).join('\n')).toContain('Une section sans texte');
  });
});
