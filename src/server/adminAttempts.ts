import { rateLimiterFlexible } from './directLine/rateLimit';

/** Wrong secrets one client IP may send before it is refused for a while, even with the right one. */
export const ADMIN_FAILURE_LIMIT = Object.freeze({ failures: 10, windowSeconds: 15 * 60 });

/**
 * Failed attempts per client IP, in memory: past the limit an IP gets 429 until its window ends, before
 * its secret is even compared, so that guessing stays as slow as the limit says.
 */
export function createAttemptGuard(limit: { failures: number; windowSeconds: number } = ADMIN_FAILURE_LIMIT) {
  // Made at the first request for the staff page, like every other limit: not at start.
  let made: InstanceType<ReturnType<typeof rateLimiterFlexible>['RateLimiterMemory']> | undefined;
  const limiter = () => (made ??= new (rateLimiterFlexible().RateLimiterMemory)({ points: limit.failures, duration: limit.windowSeconds }));
  return {
    /** Seconds to wait when this IP is locked out, else undefined. */
    async lockedFor(ip: string): Promise<number | undefined> {
      const state = await limiter().get(ip);
      return state && state.consumedPoints >= limit.failures ? Math.max(1, Math.ceil(state.msBeforeNext / 1000)) : undefined;
    },
    async failed(ip: string): Promise<void> {
      await limiter().consume(ip).catch(() => undefined);
    },
  };
}
