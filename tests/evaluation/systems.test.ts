import { describe, expect, test } from 'vitest';
import { predictionFromDecision } from '../../src/evaluation/answererSystem';
import { naiveFuseBaseline } from '../../src/evaluation/naiveFuseBaseline';
import type { Decision } from '../../src/answering/types';
import { tinyKnowledgeBase } from './fixtures/tinyKnowledgeBase';

const kb = tinyKnowledgeBase();
const scored = (id: string, score: number) => ({ entry: kb.byId.get(id)!, score });
const decision = (d: Partial<Decision>): Decision => ({ kind: 'fallback', question: 'q', answers: [], suggestions: [], ...d });

describe('When reading our answerer’s decision as a prediction', () => {
  test('an answer decision gives its first entry', () => {
    const p = predictionFromDecision(decision({ kind: 'answer', answers: [scored('back-end-definition', 0.9)] }));
    expect(p).toMatchObject({ answerId: 'back-end-definition', suggestionIds: [], score: 0.9 });
  });

  test('a suggestion is not an answer, but its entries are kept as suggestions', () => {
    const p = predictionFromDecision(
      decision({ kind: 'suggest', suggestions: [scored('back-end-definition', 0.5), scored('smalltalk-greeting', 0.4)] }),
    );
    expect(p.answerId).toBeNull();
    expect(p.suggestionIds).toEqual(['back-end-definition', 'smalltalk-greeting']);
  });

  test('a not-available notice counts as no answer', () => {
    const p = predictionFromDecision(decision({ kind: 'not-available', notice: scored('unavailable-salary', 0.8) }));
    expect(p).toMatchObject({ answerId: null, bestId: 'unavailable-salary' });
  });

  test('a not-available entry never counts as an answer, whatever the decision says', () => {
    const p = predictionFromDecision(decision({ kind: 'answer', answers: [scored('unavailable-salary', 0.9)] }));
    expect(p.answerId).toBeNull();
  });
});

describe('When the naive Fuse.js baseline searches', () => {
  const baseline = naiveFuseBaseline(kb);

  test('an exact phrasing is answered with its entry', () => {
    expect(baseline.predict('bonjour').answerId).toBe('smalltalk-greeting');
  });

  test('a question about pay hits the not-available entry and so gets no answer', () => {
    const p = baseline.predict('Quel est le salaire du développeur back end ?');
    expect(p.bestId).toBe('unavailable-salary');
    expect(p.answerId).toBeNull();
  });

  test('an unrelated question gets no answer', () => {
    expect(baseline.predict('Quel temps fera-t-il demain à Marseille ?').answerId).toBeNull();
  });

  test('entries reachable only as follow-ups are not searched', () => {
    expect(baseline.predict('Et ensuite ?').bestId).not.toBe('followup-only');
  });
});
