import type * as Flexible from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { lazyPackage } from '../../runtime/lazyPackage';

/**
 * rate-limiter-flexible (36 modules, about 30 ms at start here), loaded when a limit is first taken: a bot
 * whose first request is a Bot Framework message does not wait for it.
 */
export const rateLimiterFlexible = lazyPackage<typeof Flexible>('rate-limiter-flexible');

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
  return limitOf(() => new (rateLimiterFlexible().RateLimiterMemory)({ points, duration: durationSeconds }));
}

/** Limits counted in this process (one instance). */
export const memoryRateLimits: RateLimits = { create: (_name, points, durationSeconds) => createRateLimit(points, durationSeconds) };

/** A rate-limiter-flexible limiter (memory or Redis) as a RateLimit, made when a key is first taken. */
export function limitOf(makeLimiter: () => RateLimiterAbstract): RateLimit {
  let limiter: RateLimiterAbstract | undefined;
  return {
    async take(key) {
      try {
        limiter ??= makeLimiter();
        await limiter.consume(key);
        return { allowed: true };
      } catch (error) {
        if (error instanceof rateLimiterFlexible().RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
        throw error;
      }
    },
  };
}
