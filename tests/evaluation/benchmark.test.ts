import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { measureBuild, measureFirstSight, measureRepeated } from '../../src/evaluation/benchmark';
import { fakeClock } from './fakeClock';

let clock: ReturnType<typeof fakeClock>;
beforeEach(() => {
  clock = fakeClock();
});
afterEach(() => clock.restore());

describe('When measuring first-sight latency', () => {
  test('each run builds a fresh system, warms it with other questions, then times each question once', () => {
    const builds: string[][] = [];
    const timings = measureFirstSight(
      () => {
        const asked: string[] = [];
        builds.push(asked);
        return (q) => asked.push(q);
      },
      ['a', 'b', 'c'],
      ['w1', 'w2'],
      2,
    );
    expect(builds).toEqual([
      ['w1', 'w2', 'a', 'b', 'c'],
      ['w1', 'w2', 'a', 'b', 'c'],
    ]);
    expect(timings.wall.count).toBe(6);
    expect(timings.cpu.count).toBe(6);
  });

  test('only the questions are timed (not the build or the warm-up); best of runs keeps each question its fastest time', () => {
    // Run 1: a 4 ms, b 10 ms. Run 2: a 6 ms, b 2 ms. Building takes 100 ms, each warm-up question 50 ms.
    const costs = [{ a: 4, b: 10 }, { a: 6, b: 2 }];
    let run = -1;
    const timings = measureFirstSight(
      () => {
        clock.advance(100);
        const cost = costs[++run];
        return (q) => clock.advance(q === 'w' ? 50 : cost[q as 'a' | 'b'], 1);
      },
      ['a', 'b'],
      ['w'],
      2,
    );
    expect(timings.wall).toEqual({ count: 4, mean: 5.5, p50: 4, p95: 10, p99: 10, max: 10 });
    expect(timings.cpu).toEqual({ count: 4, mean: 1, p50: 1, p95: 1, p99: 1, max: 1 });
    expect(timings.bestOfRuns).toEqual({ count: 2, mean: 3, p50: 2, p95: 4, p99: 4, max: 4 });
  });
});

describe('When measuring repeated questions', () => {
  test('one untimed pass comes first, then every round is timed', () => {
    let calls = 0;
    const timings = measureRepeated(() => calls++, ['a', 'b'], 3);
    expect(calls).toBe(8);
    expect(timings.wall.count).toBe(6);
  });

  test('the untimed first pass does not count: the times are those of the rounds', () => {
    let calls = 0;
    // The first pass (2 calls) is slow (cold caches): 30 ms each; then 1 ms for a, 3 ms for b.
    const timings = measureRepeated((q) => clock.advance(calls++ < 2 ? 30 : q === 'a' ? 1 : 3, 0.5), ['a', 'b'], 2);
    expect(timings.wall).toEqual({ count: 4, mean: 2, p50: 1, p95: 3, p99: 3, max: 3 });
    expect(timings.cpu).toMatchObject({ count: 4, mean: 0.5, max: 0.5 });
    expect(timings.bestOfRuns).toBeUndefined();
  });
});

describe('When measuring build time', () => {
  test('the first build is reported apart from the median of the others', () => {
    let n = 0;
    const buildMs = [40, 3, 9, 5, 7];
    const { system, timing } = measureBuild(() => {
      clock.advance(buildMs[n]);
      return ++n;
    }, 5);
    expect(system).toBe(5);
    // Median of 3, 5, 7, 9 by nearest rank: 5 (with the cold 40 ms build it would be 7).
    expect(timing).toEqual({ firstMs: 40, medianMs: 5, runs: 5 });
  });

  test('a single build is its own median, and at least one build is made', () => {
    expect(measureBuild(() => clock.advance(12), 1).timing).toEqual({ firstMs: 12, medianMs: 12, runs: 1 });
    expect(measureBuild(() => clock.advance(7), 0).timing).toEqual({ firstMs: 7, medianMs: 7, runs: 1 });
  });
});
