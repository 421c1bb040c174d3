import type { Redis } from 'ioredis';
import { limitOf, rateLimiterFlexible, type RateLimits } from './rateLimit';

/**
 * Limits counted in Redis by every instance together (a visitor whose calls alternate between instances
 * gets the same allowance as with one). While Redis is away, each instance counts in its own memory
 * (rate-limiter-flexible's insurance limiter) rather than refusing or letting everything through.
 */
export function redisRateLimits(client: Redis, keyPrefix: string): RateLimits {
  return {
    create: (name, points, duration) =>
      limitOf(() => {
        const { RateLimiterMemory, RateLimiterRedis } = rateLimiterFlexible();
        return new RateLimiterRedis({
          storeClient: client,
          keyPrefix: `${keyPrefix}rl:${name}`,
          points,
          duration,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory({ points, duration }),
        });
      }),
  };
}
