import { describe, expect, test } from 'vitest';
import { measureBuild, measureFirstSight, measureRepeated } from '../../src/evaluation/benchmark';

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
});

describe('When measuring repeated questions', () => {
  test('one untimed pass comes first, then every round is timed', () => {
    let calls = 0;
    const timings = measureRepeated(() => calls++, ['a', 'b'], 3);
    expect(calls).toBe(8);
    expect(timings.wall.count).toBe(6);
  });
});

describe('When measuring build time', () => {
  test('the first build is reported apart from the median of the others', () => {
    let n = 0;
    const { system, timing } = measureBuild(() => ++n, 4);
    expect(system).toBe(4);
    expect(timing.runs).toBe(4);
    expect(timing.firstMs).toBeGreaterThanOrEqual(0);
  });
});
