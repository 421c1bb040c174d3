import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** The outcome of taking one unit from a limit: allowed, or refused with how long to wait. */
export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A fixed-window limit per key (client IP, conversation id), kept in memory. */
export interface RateLimit {
  take(key: string): Promise<LimitResult>;
}

/**
 * `points` per `durationSeconds` per key.
 * @example const perIp = createRateLimit(30, 3600); await perIp.take('203.0.113.7') // { allowed: true }
 */
export function createRateLimit(points: number, durationSeconds: number): RateLimit {
  const limiter = new RateLimiterMemory({ points, duration: durationSeconds });
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (error) {
        if (error instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
        throw error;
      }
    },
  };
}
