import { beforeAll, describe, expect, test } from 'vitest';
import { readPageContent } from '../../src/importer/readPage';
import type { Block, ImportedPage } from '../../src/importer/types';
import { readPageText } from './importerFixtures';

const withoutBold = (blocks: readonly Block[]) => JSON.parse(JSON.stringify(blocks).replace(/\*\*/g, '').replace(/(?<![*\w])\*(?=\w)|(?<=\w)\*(?![*\w])/g, ''));

describe('When reading the seed page as real HTML', () => {
  let html: ImportedPage;
  let text: ImportedPage;
  beforeAll(async () => {
    html = readPageContent('developpeur-back-end.html', await readPageText('developpeur-back-end.html'));
    text = readPageContent('developpeur-back-end.txt', await readPageText('developpeur-back-end.txt'));
  });

  test('it finds the same title, date, headings and questions as the text version', () => {
    expect(html.format).toBe('html');
    expect(html.title).toBe(text.title);
    expect(html.updated).toBe('2023-12-20');
    expect(html.sections.map((s) => s.heading)).toEqual(text.sections.map((s) => s.heading));
    expect(html.qa.map((p) => p.question)).toEqual(text.qa.map((p) => p.question));
  });

  test('paragraphs and lists carry the same words as the text version once bold is set aside', () => {
    expect(withoutBold(html.intro)).toEqual(text.intro);
    expect(html.sections.length).toBeGreaterThan(0);
    expect(html.qa.length).toBeGreaterThan(0);
    html.sections.forEach((section, index) => expect(withoutBold(section.blocks)).toEqual(text.sections[index].blocks));
    html.qa.forEach((pair, index) => expect(pair.blocks).toEqual(text.qa[index].blocks));
  });

  test('bold from <strong> and <b> is kept as Markdown', () => {
    expect(html.intro[0]).toMatchObject({ text: expect.stringContaining('toute la **partie invisible** d') });
    const missions = html.sections[0].blocks[1];
    expect(missions.type === 'list' && missions.items[0].text).toBe("La conception et la mise en place d'une **base de données** formant l'infrastructure d'un site ;");
    const human = html.sections[2].blocks[3];
    expect(human.type === 'list' && human.items[4].text).toBe('**Le sérieux**…');
  });

  test('a <br> inside a paragraph splits it in two, as the lines of the text version', () => {
    expect(html.sections[3].blocks).toHaveLength(2);
    expect(html.sections[3].blocks[1]).toMatchObject({ text: expect.stringMatching(/^Bien souvent/) });
  });

  test('site header, menus, sharing, call-to-action, rating widget, cookie banner and footer are reported as noise', () => {
    const reported = html.noise.map((item) => `${item.reason}: ${item.text}`);
    expect(reported).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^navigation: <header> Le portage salarial Fiches métiers/),
        'navigation: <nav> Accueil Fiches métiers Développeur back end',
        'marketing: <div> Partager sur LinkedIn Partager sur X',
        expect.stringMatching(/^marketing: Ad'Missions vous propose de découvrir/),
        'caption: Homme sur un pouf qui travaille sur son ordinateur',
        expect.stringMatching(/^navigation: <aside> Vous êtes développeur back end indépendant \? Demandez une simulation/),
        'rating: <div> Je note cette page ★★★★★ 4,6/5 (23 votes) noter',
        expect.stringMatching(/^form: <div> Nous utilisons des cookies/),
        expect.stringMatching(/^navigation: <footer> Recevez notre newsletter/),
      ]),
    );
    // The picture's alt text and its caption say the same thing: reported once.
    expect(reported.filter((line) => line.includes('Homme sur un pouf'))).toHaveLength(1);
  });

  test('no noise leaks into the content', () => {
    const content = JSON.stringify([html.intro, html.sections, html.qa]);
    for (const word of ['Je note', 'cookies', 'newsletter', 'Partager', 'simule', 'Mentions légales', 'pouf', 'dataLayer']) {
      expect(content).not.toContain(word);
    }
  });
});

describe('When the HTML has no <main>, a numeric date and questions in <details>', () => {
  let html: ImportedPage;
  let text: ImportedPage;
  beforeAll(async () => {
    html = readPageContent('invented-data-scientist.html', await readPageText('invented-data-scientist.html'));
    text = readPageContent('invented-data-scientist.txt', await readPageText('invented-data-scientist.txt'));
  });

  test('it still reads the same page as the text version', () => {
    expect(html.title).toBe('Data scientist');
    expect(html.updated).toBe('2024-03-04');
    expect(text.updated).toBe('2024-03-04');
    expect(html.sections.map((s) => s.heading)).toEqual(text.sections.map((s) => s.heading));
    expect(html.qa.map((p) => p.question)).toEqual(text.qa.map((p) => p.question));
    expect(html.sections.length).toBeGreaterThan(0);
    html.sections.forEach((section, index) => expect(withoutBold(section.blocks)).toEqual(text.sections[index].blocks));
  });

  test('the site banner, the newsletter box, the stars written as text and the "noter" button are noise', () => {
    const reported = html.noise.map((item) => `${item.reason}: ${item.text}`);
    expect(reported).toEqual(
      expect.arrayContaining([
        'navigation: <header> Accueil Nos fiches métiers Blog',
        expect.stringMatching(/^navigation: <aside> Chaque mois, recevez nos conseils/),
        'caption: Femme devant deux écrans affichant des graphiques',
        'rating: Je note cette page',
        'rating: ☆☆☆☆☆',
        'form: <button> noter',
      ]),
    );
  });

  test('italics are kept as Markdown too', () => {
    const missions = html.sections[0].blocks[1];
    expect(missions.type === 'list' && missions.items[1].text).toContain('modèles *statistiques* ou');
  });
});

describe('When HTML markup is unusual', () => {
  test('nested lists keep their depth and ordered lists their order', () => {
    const page = readPageContent(
      'x.html',
      '<h1>Testeur</h1><h2>Missions</h2><p>Il doit :</p><ol><li>Préparer<ul><li>les plans de test</li></ul></li><li>Exécuter</li></ol>',
    );
    expect(page.sections[0].blocks[1]).toEqual({
      type: 'list',
      ordered: true,
      items: [
        { text: 'Préparer', depth: 0 },
        { text: 'les plans de test', depth: 1 },
        { text: 'Exécuter', depth: 0 },
      ],
    });
  });

  test('a bold paragraph ending with "?" in the questions part is a question', () => {
    const page = readPageContent(
      'x.html',
      '<h1>Testeur</h1><h2>Rôle</h2><p>Il teste.</p><h2>FAQ</h2><p><strong>Le testeur peut-il être porté ?</strong></p><p>Oui.</p>',
    );
    expect(page.qa).toEqual([{ question: 'Le testeur peut-il être porté ?', blocks: [{ type: 'paragraph', text: 'Oui.' }] }]);
  });

  test('without an <h1>, the title comes from <title> without the site name, and every <h2> stays a section', () => {
    const page = readPageContent('x.html', "<title>Testeur | Ad'Missions</title><h2>Rôle</h2><p>Il teste.</p>");
    expect(page.title).toBe('Testeur');
    expect(page.sections.map((s) => s.heading)).toEqual(['Rôle']);
  });

  test('a page with nothing under its title is refused with a clear message', () => {
    expect(() => readPageContent('x.html', '<h1>Testeur</h1><p>Le testeur teste.</p>')).toThrow('x.html: no section or question found under the title.');
  });
});
