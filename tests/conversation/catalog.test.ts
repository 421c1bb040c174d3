import { describe, expect, test } from 'vitest';
import { byTheme, exampleEntries, followupEntries, knowledgeTopics } from '../../src/conversation/catalog';
import { menuGroups } from '../../src/conversation/menuGroups';
import { baseOf, entry } from '../matching/smallBase';

/**
 * A base of three themes of different sizes (Fruits 3, no theme 2, Légumes 1), and entries a visitor
 * must never be offered from the menu or the examples: small talk, a "not available" notice, a
 * context-only entry and a draft (each in the biggest theme, so that they would change its size).
 */
const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);
const garden = (extra: Parameters<typeof entry>[] = []) =>
  baseOf([
    entry('carrots', ['Les carottes ?'], { theme: 'Légumes' }),
    entry('apples', ['Les pommes ?'], { theme: 'Fruits' }),
    entry('misc-1', ['Divers 1 ?']),
    entry('pears', ['Les poires ?'], { theme: 'Fruits' }),
    entry('misc-2', ['Divers 2 ?']),
    entry('plums', ['Les prunes ?'], { theme: 'Fruits' }),
    entry('hello', ['Bonjour'], { kind: 'smalltalk', theme: 'Légumes' }),
    entry('prices', ['Les prix ?'], { kind: 'not-available', theme: 'Légumes' }),
    entry('cherries', ['Les cerises ?'], { contextOnly: true, theme: 'Légumes' }),
    entry('strawberries', ['Les fraises ?'], { draft: true, theme: 'Légumes' }),
    ...extra.map((args) => entry(...args)),
  ]);

describe('The themes the bot names', () => {
  test('are the themes of reviewed answers, biggest first; entries without a theme add none', () => {
    expect(knowledgeTopics(garden())).toEqual(['Fruits', 'Légumes']);
  });

  test('group the offered answers by theme in file order, biggest theme first, equals in file order', () => {
    expect(byTheme(garden()).map(([theme, entries]) => [theme, ids(entries)])).toEqual([
      ['Fruits', ['apples', 'pears', 'plums']],
      [undefined, ['misc-1', 'misc-2']],
      ['Légumes', ['carrots']],
    ]);
    const equals = baseOf([entry('b', ['B ?'], { theme: 'B' }), entry('a', ['A ?'], { theme: 'A' })]);
    expect(knowledgeTopics(equals)).toEqual(['B', 'A']);
  });
});

describe('The examples offered by the welcome and the fallback', () => {
  test('take one entry per theme in turn, biggest theme first, four at most', () => {
    expect(ids(exampleEntries(garden()))).toEqual(['apples', 'misc-1', 'carrots', 'pears']);
  });

  test('go on round after round while a theme has entries left, never beyond the maximum', () => {
    expect(ids(exampleEntries(garden(), 10))).toEqual(['apples', 'misc-1', 'carrots', 'pears', 'misc-2', 'plums']);
    expect(ids(exampleEntries(garden(), 5))).toEqual(['apples', 'misc-1', 'carrots', 'pears', 'misc-2']);
  });

  test('are none when the base has nothing to offer', () => {
    expect(exampleEntries(baseOf([entry('hello', ['Bonjour'], { kind: 'smalltalk' })]))).toEqual([]);
  });
});

describe('The buttons under an answer', () => {
  test('are its follow-ups in the author’s order; context-only entries are kept, drafts and removed ids left out', () => {
    const kb = garden([['answer', ['Réponse ?'], { followups: ['pears', 'removed', 'strawberries', 'cherries', 'apples'] }]]);
    expect(ids(followupEntries(kb.byId.get('answer')!, kb))).toEqual(['pears', 'cherries', 'apples']);
  });

  test('the leading entries come first, and a follow-up among them is not offered twice', () => {
    const kb = garden([['answer', ['Réponse ?'], { followups: ['pears', 'apples'] }]]);
    expect(ids(followupEntries(kb.byId.get('answer')!, kb, [kb.byId.get('apples')!, kb.byId.get('plums')!]))).toEqual(['apples', 'plums', 'pears']);
  });
});

describe('The help menu', () => {
  test('lists the themes biggest first, answers without a theme under "Autres sujets", then "Besoin d’un humain ?"', () => {
    const kb = garden([['smalltalk-human', ['Parler à un conseiller'], { kind: 'smalltalk' }]]);
    expect(menuGroups(kb).map(({ theme, entries }) => [theme, ids(entries)])).toEqual([
      ['Fruits', ['apples', 'pears', 'plums']],
      ['Autres sujets', ['misc-1', 'misc-2']],
      ['Légumes', ['carrots']],
      ['Besoin d’un humain ?', ['smalltalk-human']],
    ]);
  });

  test('offers no person when the base has no hand-off entry, or only a draft of it', () => {
    expect(menuGroups(garden()).map(({ theme }) => theme)).toEqual(['Fruits', 'Autres sujets', 'Légumes']);
    const drafted = garden([['smalltalk-human', ['Parler à un conseiller'], { kind: 'smalltalk', draft: true }]]);
    expect(menuGroups(drafted).map(({ theme }) => theme)).toEqual(['Fruits', 'Autres sujets', 'Légumes']);
  });
});
