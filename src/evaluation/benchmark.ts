import { latencyStats, msSince, type LatencyStats } from './latencyStats';

/** Build times of a system: the first (cold) build and the median of the following ones. */
export interface BuildTiming {
  firstMs: number;
  medianMs: number;
  runs: number;
}

/** Builds `runs` times and times each build; returns the last system built. */
export function measureBuild<T>(build: () => T, runs: number): { system: T; timing: BuildTiming } {
  const times: number[] = [];
  let system: T | undefined;
  for (let i = 0; i < Math.max(1, runs); i++) {
    const start = process.hrtime.bigint();
    system = build();
    times.push(msSince(start));
  }
  const rest = times.length > 1 ? times.slice(1) : times;
  return { system: system as T, timing: { firstMs: times[0], medianMs: latencyStats(rest).p50, runs: times.length } };
}

type Ask = (question: string) => unknown;

/** Times one call per question; results go to a sink so the engine cannot skip the work. */
function timeEach(ask: Ask, questions: readonly string[], durations: number[]): void {
  const sink: unknown[] = [];
  for (const q of questions) {
    const start = process.hrtime.bigint();
    sink.push(ask(q));
    durations.push(msSince(start));
  }
}

/**
 * Latency of questions a system has never seen: for each run, a fresh system is built, warmed up
 * with *other* questions (so JIT compilation is not measured but per-word caches hold only what
 * they would hold in production), then each question is asked once.
 */
export function measureFirstSight(build: () => Ask, questions: readonly string[], warmup: readonly string[], runs: number): LatencyStats {
  const durations: number[] = [];
  for (let r = 0; r < Math.max(1, runs); r++) {
    const ask = build();
    for (const q of warmup) ask(q);
    timeEach(ask, questions, durations);
  }
  return latencyStats(durations);
}

/** Latency of questions asked again and again on one system (caches warm): a best case. */
export function measureRepeated(ask: Ask, questions: readonly string[], rounds: number): LatencyStats {
  for (const q of questions) ask(q);
  const durations: number[] = [];
  for (let r = 0; r < Math.max(1, rounds); r++) timeEach(ask, questions, durations);
  return latencyStats(durations);
}
