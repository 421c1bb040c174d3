import type { KnowledgeBase } from '../knowledge/types';
import { answererSystem } from './answererSystem';
import type { SystemReport } from './evalReport';
import { msSince } from './latencyStats';
import { computeMetrics, runItems } from './metrics';
import { naiveFuseBaseline } from './naiveFuseBaseline';
import type { EvalItem, ItemResult, SystemUnderTest } from './types';

/** One system's outcome on a set: the report and the per-item results. */
export interface SystemRun {
  report: SystemReport;
  results: ItemResult[];
}

function evaluateSystem(build: () => SystemUnderTest, items: readonly EvalItem[]): SystemRun {
  const start = process.hrtime.bigint();
  const system = build();
  const buildMs = msSince(start);
  runItems(system, items); // warm-up: the figures below should not include JIT compilation
  const results = runItems(system, items);
  return { report: { name: system.name, metrics: computeMetrics(results), buildMs }, results };
}

/** Runs our answerer and the naive Fuse.js baseline on the same items, in this process. */
export function evaluateAgainstBaseline(kb: KnowledgeBase, items: readonly EvalItem[]): { ours: SystemRun; baseline: SystemRun } {
  return {
    ours: evaluateSystem(() => answererSystem(kb), items),
    baseline: evaluateSystem(() => naiveFuseBaseline(kb), items),
  };
}
