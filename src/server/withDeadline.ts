/**
 * Waits for `work` at most `timeoutMs`: its value, or `'timed-out'`. The work itself is not stopped
 * (a turn cannot be cancelled); the caller decides what to do with it.
 * @example const result = await withDeadline(turn, 15_000); if (result === 'timed-out') …
 */
export async function withDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T | 'timed-out'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
