import { latencyStats, msSince, type LatencyStats } from './latencyStats';
import { ITEM_KINDS, type EvalItem, type ItemKind, type ItemResult, type Outcome, type SystemUnderTest } from './types';

/** A count and its share; `rate` is null when nothing was counted. */
export interface Rate {
  hits: number;
  n: number;
  rate: number | null;
}

export interface KindMetrics {
  /** Items of this kind with an expected answer: share answered with the expected entry. */
  accuracy: Rate;
  /** ...answered with another entry. */
  wrong: Rate;
  /** ...answered, or with the expected entry among the "did you mean" buttons (one click away). */
  oneClick: Rate;
  /** ...neither answered nor given any "did you mean" button. */
  nothingOffered: Rate;
  /** Items of this kind expecting no answer: share left unanswered. */
  rejection: Rate;
}

export interface Metrics {
  items: number;
  /** In-scope items answered with the expected entry (top-1). */
  accuracy: Rate;
  /** In-scope items answered with another entry (the worst outcome for a user). */
  wrongAnswers: Rate;
  /** Out-of-scope items (`expect: none`) left unanswered. */
  rejection: Rate;
  /** Harmonic mean of accuracy and rejection: high only when both are. */
  harmonicMean: number | null;
  /** In-scope items left unanswered whose expected entry was among the suggestions. */
  suggestionHits: Rate;
  /** In-scope items answered right, or with the expected entry among the suggestions. */
  oneClick: Rate;
  /** In-scope items neither answered nor given any suggestion. */
  nothingOffered: Rate;
  perKind: Partial<Record<ItemKind, KindMetrics>>;
  latency: LatencyStats;
}

/** Runs every item through a system, timing each call. */
export function runItems(system: SystemUnderTest, items: readonly EvalItem[]): ItemResult[] {
  return items.map((item) => {
    const start = process.hrtime.bigint();
    const prediction = system.predict(item.q);
    return { item, prediction, ms: msSince(start) };
  });
}

export function outcomeOf({ item, prediction }: ItemResult): Outcome {
  if (item.expect === null) return prediction.answerId === null ? 'rejected' : 'false-answer';
  if (prediction.answerId === null) return 'unanswered';
  return prediction.answerId === item.expect ? 'correct' : 'wrong';
}

function rate(hits: number, n: number): Rate {
  return { hits, n, rate: n ? hits / n : null };
}

export function harmonicMean(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

export function computeMetrics(results: readonly ItemResult[]): Metrics {
  const outcomes = results.map((r) => ({ r, o: outcomeOf(r) }));
  const inScope = outcomes.filter(({ r }) => r.item.expect !== null);
  const outOfScope = outcomes.filter(({ r }) => r.item.expect === null);
  const count = (list: typeof outcomes, o: Outcome) => list.filter((x) => x.o === o).length;

  const unanswered = inScope.filter((x) => x.o === 'unanswered');
  const suggested = unanswered.filter(({ r }) => r.prediction.suggestionIds.includes(r.item.expect as string));

  const oneClick = (list: typeof outcomes) => list.filter(({ r, o }) => o === 'correct' || (o === 'unanswered' && r.prediction.suggestionIds.includes(r.item.expect as string))).length;
  const nothing = (list: typeof outcomes) => list.filter(({ r, o }) => o === 'unanswered' && r.prediction.suggestionIds.length === 0).length;

  const perKind: Partial<Record<ItemKind, KindMetrics>> = {};
  for (const kind of ITEM_KINDS) {
    const inKind = inScope.filter(({ r }) => r.item.kind === kind);
    const outKind = outOfScope.filter(({ r }) => r.item.kind === kind);
    if (!inKind.length && !outKind.length) continue;
    perKind[kind] = {
      accuracy: rate(count(inKind, 'correct'), inKind.length),
      wrong: rate(count(inKind, 'wrong'), inKind.length),
      oneClick: rate(oneClick(inKind), inKind.length),
      nothingOffered: rate(nothing(inKind), inKind.length),
      rejection: rate(count(outKind, 'rejected'), outKind.length),
    };
  }

  const accuracy = rate(count(inScope, 'correct'), inScope.length);
  const rejection = rate(count(outOfScope, 'rejected'), outOfScope.length);
  return {
    items: results.length,
    accuracy,
    wrongAnswers: rate(count(inScope, 'wrong'), inScope.length),
    rejection,
    harmonicMean: harmonicMean(accuracy.rate, rejection.rate),
    suggestionHits: rate(suggested.length, unanswered.length),
    oneClick: rate(oneClick(inScope), inScope.length),
    nothingOffered: rate(nothing(inScope), inScope.length),
    perKind,
    latency: latencyStats(results.map((r) => r.ms)),
  };
}
