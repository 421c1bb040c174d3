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

/**
 * Per-question durations in milliseconds: wall clock, and CPU time of the process. On a busy
 * machine the wall clock also counts time spent waiting for a core; CPU time does not (but it
 * includes the engine's own background threads: garbage collection, compilation).
 */
export interface Timings {
  wall: LatencyStats;
  cpu: LatencyStats;
  /**
   * For each question, its fastest wall-clock time over the runs (each on a fresh system): the
   * question's own cost, with the pauses of a busy machine (another process on the core, a
   * garbage collection) filtered out, since they rarely hit the same question in every run.
   */
  bestOfRuns?: LatencyStats;
}

interface Samples {
  wall: number[];
  cpu: number[];
}

/** Times one call per question; results go to a sink so the engine cannot skip the work. */
function timeEach(ask: Ask, questions: readonly string[], samples: Samples): void {
  const sink: unknown[] = [];
  for (const q of questions) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    sink.push(ask(q));
    samples.wall.push(msSince(start));
    const cpu = process.cpuUsage(cpuStart);
    samples.cpu.push((cpu.user + cpu.system) / 1000);
  }
}

const stats = (samples: Samples): Timings => ({ wall: latencyStats(samples.wall), cpu: latencyStats(samples.cpu) });

/**
 * Latency of questions a system has never seen: for each run, a fresh system is built, warmed up
 * with *other* questions (so JIT compilation is not measured but per-word caches hold only what
 * they would hold in production), then each question is asked once.
 */
export function measureFirstSight(build: () => Ask, questions: readonly string[], warmup: readonly string[], runs: number): Timings {
  const samples: Samples = { wall: [], cpu: [] };
  const best = questions.map(() => Infinity);
  for (let r = 0; r < Math.max(1, runs); r++) {
    const ask = build();
    for (const q of warmup) ask(q);
    const before = samples.wall.length;
    timeEach(ask, questions, samples);
    questions.forEach((_, i) => (best[i] = Math.min(best[i], samples.wall[before + i])));
  }
  return { ...stats(samples), bestOfRuns: latencyStats(best) };
}

/** Latency of questions asked again and again on one system (caches warm): a best case. */
export function measureRepeated(ask: Ask, questions: readonly string[], rounds: number): Timings {
  for (const q of questions) ask(q);
  const samples: Samples = { wall: [], cpu: [] };
  for (let r = 0; r < Math.max(1, rounds); r++) timeEach(ask, questions, samples);
  return stats(samples);
}
