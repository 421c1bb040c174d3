import { describe, expect, test } from 'vitest';
import { createMatcher } from '../../src/matching/matcher';
import { baseOf, entry } from './smallBase';

// A small base: the grafting entry defines "greffe"; two entries each ask what "taille" is, so neither defines it.
// The ways of asking "what is it?" are the lexicon's (knowledge/synonyms.yaml reads them as "définition").
const whatIs = { canonical: 'définition', variants: ["c'est quoi", "qu'est-ce que", 'ça veut dire quoi', 'veut dire quoi', 'ça sert à quoi'] };
const matcher = createMatcher(
  baseOf([
    entry('grafting', ["Qu'est-ce que la greffe ?", 'la greffe, ça sert à quoi ?', 'greffer un arbre']),
    entry('grafting-season', ['Quand greffer un pommier ?', 'saison de la greffe des pommiers']),
    entry('pruning', ["C'est quoi la taille ?", 'tailler les arbres']),
    entry('pruning-tools', ["C'est quoi la taille ?", 'outils pour tailler']),
    entry('apples', ['Que savez-vous des pommes ?', 'les pommes']),
  ], [whatIs]),
);
const asked = (question: string) => {
  const found = matcher.definitionAsked(question);
  return found && { id: found.entry.id, named: found.named };
};

describe('A question asking what something is', () => {
  test('names a subject one entry defines: that entry, whatever the context says', () => {
    expect(asked('greffe : ça veut dire quoi ?')).toEqual({ id: 'grafting', named: true });
    expect(asked("J'ai un verger de pommiers depuis dix ans. C'est quoi la greffe ?")).toEqual({ id: 'grafting', named: true });
    expect(asked('Explique-moi la greffe')).toEqual({ id: 'grafting', named: true });
    expect(asked("What's greffe?")).toEqual({ id: 'grafting', named: true });
  });

  test('the subject may be the clause before the one that asks, in the same sentence', () => {
    expect(asked("La greffe, c'est quoi ?")).toEqual({ id: 'grafting', named: true });
  });

  test('the subject may come after the clause that asks, spoken French\'s way', () => {
    expect(asked('Ça veut dire quoi, la greffe ?')).toEqual({ id: 'grafting', named: true });
    expect(asked("J'ai un verger depuis dix ans. Concrètement, c'est quoi, la greffe ?")).toEqual({ id: 'grafting', named: true });
    expect(asked("C'est quoi, les pommes ?")).toBeUndefined();
  });

  test('a clause after the one that asks (a second question) does not change the subject', () => {
    expect(asked("C'est quoi la greffe, et quand la faire ?")).toEqual({ id: 'grafting', named: true });
  });

  test('asking about more than the subject is not a definition question', () => {
    expect(asked("C'est quoi la saison de la greffe ?")).toBeUndefined();
    expect(asked("C'est quoi les pommes ?")).toBeUndefined();
  });

  test('a subject that two entries ask about is defined by neither', () => {
    expect(asked("C'est quoi la taille ?")).toBeUndefined();
  });

  test('"ça" stands for the one defined subject named before', () => {
    expect(asked('Mon voisin parle sans arrêt de greffe. Ça veut dire quoi ?')).toEqual({ id: 'grafting', named: false });
    expect(asked('Mon voisin parle de greffe et de pommes. Explique-moi ça.')).toEqual({ id: 'grafting', named: false });
  });

  test('a quoted term is the one "ça" stands for, whatever else the message names', () => {
    expect(asked('Je lis « greffe » partout dans ce livre sur les pommes, ça veut dire quoi ?')).toEqual({ id: 'grafting', named: true });
    expect(asked("I keep seeing 'greffe' in my apple book, what does that mean?")).toEqual({ id: 'grafting', named: true });
  });

  test('nothing named before, or a request to explain that points to nothing: no guess', () => {
    expect(asked('Ça veut dire quoi ?')).toBeUndefined();
    expect(asked('Mon voisin parle de greffe. Vous pouvez m\'expliquer comment faire ?')).toBeUndefined();
  });

  test('a question that asks no "what is" is not read at all', () => {
    expect(asked('Quand greffer un pommier ?')).toBeUndefined();
  });
});

describe('A question asking what a thing it describes is, instead of naming it (round 40)', () => {
  test('"c\'est quoi ce truc où…" is the defining entry the description ranks among the first', () => {
    expect(asked("C'est quoi ce truc où on greffe un arbre sur un autre ?")).toEqual({ id: 'grafting', named: true });
  });

  test('a description no defining entry ranks for is no definition question', () => {
    expect(asked("C'est quoi ce truc où on mange des pommes ?")).toBeUndefined();
  });

  test('without a kind of thing and a relative ("où", "qui"), a subject the base does not define stays unknown', () => {
    expect(asked("C'est quoi la greffe d'un arbre sur un autre ?")).toBeUndefined();
  });
});

describe('"Ça" after the asker\'s own job and another defined subject (round 44)', () => {
  const twoSubjects = createMatcher(
    baseOf([
      entry('grafting', ["Qu'est-ce que la greffe ?", 'greffer un arbre']),
      entry('pruning', ["Qu'est-ce que la taille ?", 'tailler les arbres']),
    ], [whatIs]),
  );
  const read = (question: string) => twoSubjects.definitionAsked(question)?.entry.id;

  test('stands for the other one: who asks is not what is asked', () => {
    expect(read("Bonjour, je suis spécialiste de la taille et mon voisin m'a parlé de greffe. C'est quoi ?")).toBe('grafting');
  });

  test('two subjects both told about stay a guess not made', () => {
    expect(read("Mon voisin m'a parlé de greffe et de taille. C'est quoi ?")).toBeUndefined();
  });
});
