import { vi } from 'vitest';

/**
 * Replaces the process clocks the evaluation times with (`process.hrtime.bigint` for wall time,
 * `process.cpuUsage` for CPU time) by a clock that moves only when the test says so: durations are
 * then exact, and a test can assert them.
 */
export function fakeClock() {
  let wallNs = 1_000_000_000n;
  let cpuMicros = 0;
  const hrtime = vi.spyOn(process.hrtime, 'bigint').mockImplementation(() => wallNs);
  const cpu = vi.spyOn(process, 'cpuUsage').mockImplementation((previous?: NodeJS.CpuUsage) => ({
    user: cpuMicros - (previous?.user ?? 0),
    system: -(previous?.system ?? 0),
  }));
  return {
    /** Moves the wall clock on by `ms` milliseconds, and the CPU clock by `cpuMs` (the same by default). */
    advance(ms: number, cpuMs = ms): void {
      wallNs += BigInt(Math.round(ms * 1e6));
      cpuMicros += Math.round(cpuMs * 1000);
    },
    restore(): void {
      hrtime.mockRestore();
      cpu.mockRestore();
    },
  };
}
