import { describe, expect, test } from 'vitest';
import { DEFAULT_MATCHING_OPTIONS } from '../../src/matching/matchingOptions';
import { stem } from '../../src/matching/stem';
import { createTypoCorrector, type Lexicon } from '../../src/matching/typoCorrector';

const vocabulary = ['formation', 'python', 'competences', 'developpeur', 'statut', 'stats', 'tournent', 'source', 'comment', 'html5', 'salarial', 'portage', 'entreprise'];
const correct = createTypoCorrector(vocabulary, new Set(vocabulary.map(stem)), DEFAULT_MATCHING_OPTIONS.typo);

describe('When a word unknown to the base is read', () => {
  test.each([
    ['formaton', 'formation', 1 - 1 / 8],
    ['fromation', 'formation', 1 - 1 / 9],
    ['pythn', 'python', 1 - 1 / 5],
    ['salarail', 'salarial', 1 - 1 / 8],
    ['potrage', 'portage', 1 - 1 / 7],
    ['sourse', 'source', 1 - 1 / 6],
  ])('"%s" (one edit) is corrected to "%s", with confidence 1 - edits / length', (typo, word, confidence) => {
    expect(correct(typo)).toEqual({ word, confidence });
  });

  test.each([
    ['devlopeur', 'developpeur', 1 - 2 / 9],
    ['entrprse', 'entreprise', 1 - 2 / 8],
    ['competance', 'competences', 1 - 2 / 10],
  ])('"%s" (two edits, both words of 8 letters or more) is corrected to "%s"', (typo, word, confidence) => {
    expect(correct(typo)).toEqual({ word, confidence });
  });

  test.each([
    ['lportage', 'portage'],
    ['dentreprise', 'entreprise'],
    ['jformation', 'formation'],
  ])('"%s", an elided article or pronoun glued to a word of the base (SMS), is read as "%s"', (glued, word) => {
    expect(correct(glued)).toEqual({ word, confidence: 1 - 1 / glued.length });
  });

  test('a framing word of the base is a fair target ("travailer" is "travailler", not "travailleur"); a grammatical one is not', () => {
    const words = [...vocabulary, 'travailler', 'travailleur', 'sous'];
    const withFraming = createTypoCorrector(words, new Set(words.map(stem)), DEFAULT_MATCHING_OPTIONS.typo);
    expect(withFraming('travailer')?.word).toBe('travailler');
    expect(withFraming('sourse')?.word).toBe('source');
  });

  test('a typo of a word of the base is corrected first ("cliant" is "client", not "c\'" glued to "liant")', () => {
    const withLiant = createTypoCorrector([...vocabulary, 'client', 'liant'], new Set([...vocabulary, 'client', 'liant'].map(stem)), DEFAULT_MATCHING_OPTIONS.typo);
    expect(withLiant('cliant')?.word).toBe('client');
  });

  test('a glued letter before a short word or a word the base does not know is no elision', () => {
    expect(correct('lstat')?.word).not.toBe('stat');
    expect(correct('dzzzzz')).toBeUndefined();
  });

  test('two edits in a shorter word are too many', () => {
    expect(correct('potrgae')).toBeUndefined();
    expect(correct('pythnn')).toEqual({ word: 'python', confidence: 1 - 1 / 6 });
    expect(correct('pyhtnn')).toBeUndefined();
  });

  test('between equally close words, the one sharing the longer beginning wins', () => {
    expect(correct('statu')).toEqual({ word: 'statut', confidence: 0.8 });
  });

  test('a typo never changes the first letter, and never lands on a grammatical word or a word with digits', () => {
    expect(correct('fournent')).toBeUndefined();
    expect(correct('comnent')).toBeUndefined();
    expect(correct('htmlx')).toBeUndefined();
    expect(correct('htlm5')).toBeUndefined();
  });

  test('words of the base, words whose stem it holds, short words and numbers are left alone', () => {
    expect(correct('formation')).toBeUndefined();
    expect(correct('formations')).toBeUndefined();
    expect(correct('pyth')).toBeUndefined();
    expect(correct('12345')).toBeUndefined();
  });
});

describe('When a lexicon of everyday words is given', () => {
  const asked: Array<[string, number]> = [];
  const lexicon: Lexicon = {
    isWord: (word) => word === 'retraite',
    closest: (word, maxEdits) => {
      asked.push([word, maxEdits]);
      return word === 'obligatoir' ? { word: 'obligatoire', edits: 1 } : word === 'travailer' ? { word: 'travailler', edits: 2 } : undefined;
    },
  };
  const withLexicon = createTypoCorrector(vocabulary, new Set(vocabulary.map(stem)), DEFAULT_MATCHING_OPTIONS.typo, lexicon);

  test('a real word the base does not use is not a typo of one it does', () => {
    expect(withLexicon('retraite')).toBeUndefined();
  });

  test('a typo of no word of the base is corrected towards the lexicon, one edit below 8 letters, two from 8', () => {
    expect(withLexicon('obligatoir')).toEqual({ word: 'obligatoire', confidence: 0.9 });
    expect(withLexicon('travailer')).toEqual({ word: 'travailler', confidence: 1 - 2 / 9 });
    expect(withLexicon('zzzzzzz')).toBeUndefined();
    expect(asked).toEqual([
      ['obligatoir', 2],
      ['travailer', 2],
      ['zzzzzzz', 1],
    ]);
  });

  test('the base comes first, and an answer is remembered', () => {
    expect(withLexicon('formaton')).toEqual({ word: 'formation', confidence: 0.875 });
    asked.length = 0;
    expect(withLexicon('obligatoir')).toEqual({ word: 'obligatoire', confidence: 0.9 });
    expect(withLexicon('formaton')).toEqual({ word: 'formation', confidence: 0.875 });
    expect(asked).toEqual([]);
  });
});
