import type { KnowledgeBase } from '../knowledge/types';
import { answererSystem } from './answererSystem';
import type { SystemReport } from './evalReport';
import { msSince } from './latencyStats';
import { computeMetrics, runItems } from './metrics';
import { naiveFuseBaseline } from './naiveFuseBaseline';
import { syntheticQueries } from './syntheticBase';
import type { EvalItem, ItemResult, SystemUnderTest } from './types';

/** One system's outcome on a set: the report and the per-item results. */
export interface SystemRun {
  report: SystemReport;
  results: ItemResult[];
}

/**
 * Untimed questions asked before measuring, derived from the base's own phrasings rather than
 * from the set: the JIT gets warm, but the measured questions are all seen for the first time.
 */
const WARMUP_QUESTIONS = 30;

function evaluateSystem(build: () => SystemUnderTest, items: readonly EvalItem[], warmup: readonly string[]): SystemRun {
  const start = process.hrtime.bigint();
  const system = build();
  const buildMs = msSince(start);
  for (const q of warmup) system.predict(q);
  const results = runItems(system, items);
  return { report: { name: system.name, metrics: computeMetrics(results), buildMs }, results };
}

/** Runs our answerer and the naive Fuse.js baseline on the same items, in this process. */
export function evaluateAgainstBaseline(kb: KnowledgeBase, items: readonly EvalItem[]): { ours: SystemRun; baseline: SystemRun } {
  const warmup = syntheticQueries(kb, WARMUP_QUESTIONS, 99);
  return {
    ours: evaluateSystem(() => answererSystem(kb), items, warmup),
    baseline: evaluateSystem(() => naiveFuseBaseline(kb), items, warmup),
  };
}
