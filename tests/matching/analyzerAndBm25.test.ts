import { describe, expect, test } from 'vitest';
import { TextAnalyzer } from '../../src/matching/analyzer';
import { createMatcher } from '../../src/matching/matcher';
import type { MatchingOptions } from '../../src/matching/matchingOptions';
import { baseOf, entry } from './smallBase';

describe('When the analyser reads a text', () => {
  const analyzer = new TextAnalyzer([{ canonical: 'developpeur', variants: ['dev'] }]);
  const shape = (text: string, keepStopWords = false) =>
    analyzer.terms(text, { keepStopWords }).map((t) => `${t.word}${t.nounLike ? ':noun' : ''}${t.functionWord ? ':function' : ''}${t.discourse ? ':discourse' : ''}`);

  test('a word after an article or a preposition is likely a noun; grammatical words are dropped', () => {
    expect(shape('un plombier pour être cadre, il code')).toEqual(['plombier:noun', 'cadre:noun', 'code']);
  });

  test('grammatical words are kept, flagged, when asked (questions made of nothing else)', () => {
    expect(shape('tu es qui ?', true)).toEqual(['tu:function', 'es:function', 'qui:function']);
    expect(shape('tu es qui ?')).toEqual([]);
  });

  test('greetings are kept and flagged as discourse', () => {
    expect(shape('Bonjour, merci')).toEqual(['bonjour:discourse', 'merci:discourse']);
  });

  test('typos are corrected before synonyms, grammatical words are never sent to the corrector', () => {
    const asked: string[] = [];
    const terms = analyzer.terms('les formatons du dev', {
      correct: (word) => {
        asked.push(word);
        return word === 'formatons' ? { word: 'formations', confidence: 0.8 } : undefined;
      },
    });
    expect(asked).toEqual(['formatons', 'dev']);
    expect(terms.map((t) => [t.word, t.stem, t.confidence])).toEqual([
      ['formations', 'format', 0.8],
      ['developpeur', 'developpeur', 1],
    ]);
  });

  test('raw words are the normalised words as typed, and the rules\' words are known', () => {
    expect(analyzer.rawWords("L'étude du DEV")).toEqual(['le', 'etude', 'du', 'dev']);
    expect([...analyzer.synonymWords]).toEqual(['developpeur', 'dev']);
  });
});

describe('When the BM25 ranker gives its second opinion', () => {
  const kb = baseOf([
    entry('in-answer', ['alpha beta', 'beta alpha'], { answer: 'On utilise Django ici.' }),
    entry('in-question', ['gamma django', 'django gamma'], { answer: 'Texte.' }),
    entry('in-tags', ['delta epsilon', 'epsilon delta'], { tags: ['flask'], answer: 'Texte.' }),
    entry('in-title', ['zeta eta', 'eta zeta'], { title: 'Le framework pyramid', answer: 'Texte.' }),
    entry('notice', ['theta iota', 'iota theta'], { kind: 'not-available', answer: 'Django, flask, pyramid.' }),
  ]);
  const opinion = (question: string, overrides: Partial<MatchingOptions> = {}) => createMatcher(kb, overrides).secondOpinion(question).map((s) => s.entry.id);

  test('a word in the questions counts more than in the answer, by `answerBoost`', () => {
    expect(opinion('django')).toEqual(['in-question', 'in-answer']);
    expect(opinion('django', { bm25: { answerBoost: 2 } })).toEqual(['in-answer', 'in-question']);
  });

  test('titles and tags are searched like questions; the answer of a "not available" entry is not searched', () => {
    expect(opinion('flask')).toEqual(['in-tags']);
    expect(opinion('pyramid')).toEqual(['in-title']);
  });

  test('discourse words add nothing', () => {
    const matcher = createMatcher(kb);
    expect(matcher.secondOpinion('bonjour django')).toEqual(matcher.secondOpinion('django'));
  });

  test("a word's weight and confidence in the question scale its BM25 score (a corrected typo counts less)", () => {
    const matcher = createMatcher(kb);
    const [exact] = matcher.secondOpinion('django');
    const [typo] = matcher.secondOpinion('djnago');
    expect(typo.entry.id).toBe('in-question');
    expect(typo.score / exact.score).toBeCloseTo(5 / 6, 12);
  });
});
