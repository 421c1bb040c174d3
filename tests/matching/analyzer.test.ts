import { describe, expect, test } from 'vitest';
import { TextAnalyzer } from '../../src/matching/analyzer';
import { createTypoCorrector } from '../../src/matching/typoCorrector';
import { DEFAULT_MATCHING_OPTIONS } from '../../src/matching/matchingOptions';
import { snowballStem, stem } from '../../src/matching/stem';

const analyzer = new TextAnalyzer([
  { canonical: 'developpeur', variants: ['dev', 'developer', 'développeuse'] },
  { canonical: 'backend', variants: ['back end', 'back-end', 'back office'] },
]);
const stems = (text: string) => analyzer.terms(text).map((t) => t.stem);

describe('When analysing a question', () => {
  test('synonyms, including phrases, are read as their canonical word', () => {
    expect(analyzer.terms('un dev back-end').map((t) => t.stem)).toEqual(['developpeur', 'backend']);
    expect(analyzer.terms('back office developer').map((t) => t.stem)).toEqual(['backend', 'developpeur']);
  });
  test('stop words are dropped and plural forms share a stem', () => {
    expect(stems('Quelles sont les formations ?')).toEqual(stems('formation'));
  });
  test('discourse words are kept but flagged', () => {
    const terms = analyzer.terms('Bonjour, les études ?');
    expect(terms.map((t) => [t.discourse])).toEqual([[true], [false]]);
  });
});

describe('When a word has a typo', () => {
  const vocabulary = ['formation', 'python', 'competences', 'developpeur'];
  const correct = createTypoCorrector(vocabulary, new Set(vocabulary.map(stem)), DEFAULT_MATCHING_OPTIONS.typo);
  test('it is corrected to the closest known word with less than full confidence', () => {
    const fix = correct('formaton');
    expect(fix?.word).toBe('formation');
    expect(fix?.confidence).toBeLessThan(1);
    expect(correct('pyton')?.word).toBe('python');
  });
  test('known words, plurals of known words, short words and numbers are left alone', () => {
    expect(correct('formation')).toBeUndefined();
    expect(correct('formations')).toBeUndefined();
    expect(correct('sql')).toBeUndefined();
    expect(correct('2023')).toBeUndefined();
  });
  test('a word far from every known word is not forced onto one', () => {
    expect(correct('meteo')).toBeUndefined();
    expect(correct('football')).toBeUndefined();
  });
});

describe('When a verb is in its "-ent" plural', () => {
  test('it is read as its singular when that one is a word of the base ("développent" is "développe")', () => {
    const folding = new TextAnalyzer([]);
    folding.setLiteralWords(new Set(['developper', 'client', 'souvent']));
    expect(folding.terms('ils développent').map((t) => t.stem)).toEqual([stem('developpe')]);
    // Snowball alone leaves it whole.
    expect(snowballStem('developpent')).toBe('developpent');
  });

  test('a noun in "-ent" or a word whose singular the base does not know is left alone', () => {
    const folding = new TextAnalyzer([]);
    folding.setLiteralWords(new Set(['developper', 'client']));
    expect(folding.terms('un client patient').map((t) => t.stem)).toEqual([stem('client'), stem('patient')]);
    expect(folding.terms('ils chantent').map((t) => t.stem)).toEqual([stem('chantent')]);
  });
});

describe('When a question is read several times (a long message: whole, asking sentences, parts)', () => {
  const vocabulary = ['formation', 'python', 'developpeur'];
  const counted: string[] = [];
  const typoFree = createTypoCorrector(vocabulary, new Set(vocabulary.map(stem)), DEFAULT_MATCHING_OPTIONS.typo);
  const correct = (word: string) => (counted.push(word), typoFree(word));

  test('a sentence is analysed once: the same frozen terms, whether stop words were kept or not apart', () => {
    const first = analyzer.terms('Quelle formaton pour un dev ?', { correct });
    const corrections = counted.length;
    expect(first.map((t) => t.word)).toEqual(['formation', 'developpeur']);
    expect(analyzer.terms('Quelle formaton pour un dev ?', { correct })).toBe(first);
    expect(counted.length).toBe(corrections);
    expect(Object.isFrozen(first)).toBe(true);
    const withStopWords = analyzer.terms('Quelle formaton pour un dev ?', { correct, keepStopWords: true });
    expect(withStopWords).not.toBe(first);
    expect(withStopWords.length).toBeGreaterThan(first.length);
  });

  test("another corrector, or none (the base's own texts), gets its own analysis", () => {
    const mine = analyzer.terms('une formaton', { correct });
    expect(analyzer.terms('une formaton').map((t) => t.word)).toEqual(['formaton']);
    expect(analyzer.terms('une formaton', { correct: typoFree })).not.toBe(mine);
    expect(analyzer.terms('une formaton', { correct: typoFree }).map((t) => t.word)).toEqual(['formation']);
  });

  test('a text kept with its stop words is not taken for another text that starts with "+"', () => {
    expect(analyzer.terms('+le dev', { correct }).map((t) => t.word)).toEqual(['developpeur']);
    expect(analyzer.terms('le dev', { correct, keepStopWords: true }).map((t) => t.word)).toEqual(['le', 'developpeur']);
  });

  test('after many other texts, an old one is analysed again, the same way', () => {
    const first = analyzer.terms('python ou formation ?', { correct });
    for (let i = 0; i < 100; i++) analyzer.terms(`question ${i}`, { correct });
    const again = analyzer.terms('python ou formation ?', { correct });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
