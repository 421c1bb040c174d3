import { afterEach, describe, expect, test } from 'vitest';
import { computeMetrics, harmonicMean, outcomeOf, runItems } from '../../src/evaluation/metrics';
import { latencyStats, percentile } from '../../src/evaluation/latencyStats';
import type { EvalItem, ItemResult, Prediction, SystemUnderTest } from '../../src/evaluation/types';
import { fakeClock } from './fakeClock';

const item = (q: string, expect: string | null, kind: EvalItem['kind']): EvalItem => ({ q, expect, kind });
const result = (i: EvalItem, answerId: string | null, suggestionIds: string[] = [], ms = 1): ItemResult => ({
  item: i,
  prediction: { answerId, suggestionIds },
  ms,
});

// A tiny synthetic run: 4 in-scope items (2 correct, 1 wrong, 1 unanswered with a good suggestion)
// and 2 out-of-scope items (1 rejected, 1 wrongly answered).
const results: ItemResult[] = [
  result(item('a', 'x', 'paraphrase'), 'x', [], 1),
  result(item('b', 'y', 'typo'), 'y', [], 2),
  result(item('c', 'y', 'typo'), 'x', [], 3),
  result(item('d', 'z', 'short'), null, ['w', 'z'], 4),
  result(item('e', null, 'unanswerable'), null, ['x'], 5),
  result(item('f', null, 'unanswerable'), 'x', [], 6),
];

describe('When scoring a small synthetic run', () => {
  const m = computeMetrics(results);

  test('each item gets the outcome a user would see', () => {
    expect(results.map(outcomeOf)).toEqual(['correct', 'correct', 'wrong', 'unanswered', 'rejected', 'false-answer']);
  });

  test('top-1 accuracy counts only in-scope items answered with the expected entry', () => {
    expect(m.accuracy).toEqual({ hits: 2, n: 4, rate: 0.5 });
    expect(m.wrongAnswers).toEqual({ hits: 1, n: 4, rate: 0.25 });
  });

  test('the rejection rate counts out-of-scope items left unanswered', () => {
    expect(m.rejection).toEqual({ hits: 1, n: 2, rate: 0.5 });
  });

  test('the suggestion hit rate looks only at unanswered in-scope items', () => {
    expect(m.suggestionHits).toEqual({ hits: 1, n: 1, rate: 1 });
  });

  test('accuracy is broken down per kind of question', () => {
    expect(m.perKind.typo?.accuracy).toEqual({ hits: 1, n: 2, rate: 0.5 });
    expect(m.perKind.paraphrase?.accuracy.rate).toBe(1);
    expect(m.perKind.unanswerable?.rejection.rate).toBe(0.5);
    expect(m.perKind.english).toBeUndefined();
  });

  test('the harmonic mean is high only when both accuracy and rejection are', () => {
    expect(m.harmonicMean).toBeCloseTo(0.5);
    expect(harmonicMean(1, 0)).toBe(0);
    expect(harmonicMean(0.9, 0.6)).toBeCloseTo(0.72);
    expect(harmonicMean(null, 1)).toBeNull();
  });

  test('latency percentiles use the nearest rank', () => {
    expect(m.latency).toMatchObject({ count: 6, p50: 3, max: 6, mean: 3.5 });
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(latencyStats([]).count).toBe(0);
  });
});

describe('When a set has no out-of-scope item', () => {
  test('the rejection rate and harmonic mean are unknown rather than perfect', () => {
    const m = computeMetrics([result(item('a', 'x', 'paraphrase'), 'x')]);
    expect(m.rejection.rate).toBeNull();
    expect(m.harmonicMean).toBeNull();
  });
});

describe('When running a system over items', () => {
  let clock: ReturnType<typeof fakeClock> | undefined;
  afterEach(() => clock?.restore());

  test('every question is asked once, in order, and timed: each item gets the time of its own call', () => {
    clock = fakeClock();
    const time = clock;
    const asked: string[] = [];
    const system: SystemUnderTest = {
      name: 'echo',
      predict(q): Prediction {
        asked.push(q);
        time.advance(q === 'a' ? 2.5 : 7);
        return { answerId: q === 'a' ? 'x' : null, suggestionIds: [] };
      },
    };
    const run = runItems(system, [item('a', 'x', 'short'), item('b', null, 'unanswerable')]);
    expect(asked).toEqual(['a', 'b']);
    expect(run.map(outcomeOf)).toEqual(['correct', 'rejected']);
    expect(run.map((r) => r.ms)).toEqual([2.5, 7]);
    expect(computeMetrics(run).latency).toEqual({ count: 2, mean: 4.75, p50: 2.5, p95: 7, p99: 7, max: 7 });
  });
});
