import { describe, expect, test } from 'vitest';
import { toDecisionTrace } from '../../src/conversation/decisionTrace';
import { baseOf, entry } from '../matching/smallBase';
import { decision, scored } from './support/scriptedAnswerer';

/** What the Emulator's inspector shows for a question: entry ids, titles, kinds and rounded scores. */
const kb = baseOf([
  entry('apples', ['Les pommes ?'], { title: 'Pommes' }),
  entry('pears', ['Les poires ?'], { title: 'Poires' }),
  entry('prices', ['Les prix ?'], { title: 'Prix', kind: 'not-available' }),
]);

describe('The decision trace', () => {
  test('names every entry with its title, kind and score to three decimals, and how it was reached', () => {
    const made = decision('answer', 'pommes et poires', {
      answers: [scored(kb, 'apples', 0.82371)],
      suggestions: [scored(kb, 'pears', 0.5)],
      notice: scored(kb, 'prices', 0.4449),
      alsoAsked: scored(kb, 'pears', 0.61),
    });
    expect(toDecisionTrace(made, { via: 'context', context: 'verger' })).toStrictEqual({
      kind: 'answer',
      question: 'pommes et poires',
      answers: [{ id: 'apples', title: 'Pommes', kind: 'answer', score: 0.824 }],
      suggestions: [{ id: 'pears', title: 'Poires', kind: 'answer', score: 0.5 }],
      notice: { id: 'prices', title: 'Prix', kind: 'not-available', score: 0.445 },
      alsoAsked: { id: 'pears', title: 'Poires', kind: 'answer', score: 0.61 },
      via: 'context',
      context: 'verger',
    });
  });

  test('has no notice, other question, way or context when there are none', () => {
    expect(toDecisionTrace(decision('fallback', 'xyzzy'))).toStrictEqual({ kind: 'fallback', question: 'xyzzy', answers: [], suggestions: [] });
  });
});
