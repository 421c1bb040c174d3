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

export interface LatencyOptions {
  /** Untimed passes over the questions first, so JIT compilation is not measured. */
  warmupRounds: number;
  /** Timed passes over the questions. */
  rounds: number;
}

/**
 * Times every call of `ask` over the questions, round after round. The result is kept in a
 * sink so the engine cannot skip the work.
 */
export function measureLatency(ask: (question: string) => unknown, questions: readonly string[], options: LatencyOptions): LatencyStats {
  const sink: unknown[] = [];
  for (let r = 0; r < options.warmupRounds; r++) for (const q of questions) sink.push(ask(q));
  sink.length = 0;
  const durations: number[] = [];
  for (let r = 0; r < options.rounds; r++) {
    for (const q of questions) {
      const start = process.hrtime.bigint();
      sink.push(ask(q));
      durations.push(msSince(start));
    }
    sink.length = 0;
  }
  return latencyStats(durations);
}
