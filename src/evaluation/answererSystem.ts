import { createAnswerer, type Answerer } from '../answering/answerer';
import type { Decision } from '../answering/types';
import type { KnowledgeBase } from '../knowledge/types';
import type { Prediction, SystemUnderTest } from './types';

/**
 * Reads a decision the way a user experiences it: only an `answer` decision whose first entry
 * is a real answer counts; `suggest`, `not-available` and `fallback` are "no answer".
 */
export function predictionFromDecision(decision: Decision): Prediction {
  const first = decision.answers[0];
  const answered = decision.kind === 'answer' && first !== undefined && first.entry.kind !== 'not-available';
  const best = first ?? decision.suggestions[0] ?? decision.notice;
  return {
    answerId: answered ? first.entry.id : null,
    suggestionIds: answered ? [] : decision.suggestions.map((s) => s.entry.id),
    bestId: best?.entry.id ?? null,
    score: best?.score,
  };
}

/** Our answerer as a system under test (the index is built once, here). */
export function answererSystem(kb: KnowledgeBase, answerer: Answerer = createAnswerer(kb)): SystemUnderTest {
  return {
    name: 'ours',
    predict: (question) => predictionFromDecision(answerer.ask(question)),
  };
}
