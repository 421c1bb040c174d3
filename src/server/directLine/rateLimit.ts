import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** The outcome of taking one unit from a limit: allowed, or refused with how long to wait. */
export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A fixed-window limit per key (client IP, conversation id). */
export interface RateLimit {
  take(key: string): Promise<LimitResult>;
}

/** Makes the named limits of the built-in Direct Line: in memory, or counted in Redis by every instance. */
export interface RateLimits {
  create(name: string, points: number, durationSeconds: number): RateLimit;
}

/**
 * `points` per `durationSeconds` per key, kept in memory.
 * @example const perIp = createRateLimit(30, 3600); await perIp.take('203.0.113.7') // { allowed: true }
 */
export function createRateLimit(points: number, durationSeconds: number): RateLimit {
  return limitOf(new RateLimiterMemory({ points, duration: durationSeconds }));
}

/** Limits counted in this process (one instance). */
export const memoryRateLimits: RateLimits = { create: (_name, points, durationSeconds) => createRateLimit(points, durationSeconds) };

/** A rate-limiter-flexible limiter (memory or Redis) as a RateLimit. */
export function limitOf(limiter: RateLimiterAbstract): RateLimit {
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
