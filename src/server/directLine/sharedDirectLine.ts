import type { DirectLineConfig } from '../../config/types';
import type { Logger } from '../../logging/createLogger';
import { builtinLimits } from './builtinDirectLine';
import type { DirectLineConversations } from './conversations';
import type { RateLimits } from './rateLimit';
import { openRedisConnection, redisAddress } from './redisConnection';
import { defaultKeyPrefix, RedisConversations } from './redisConversations';
import { redisRateLimits } from './redisRateLimits';

/** The built-in Direct Line's state shared by several instances: conversations and rate limits in Redis. */
export interface SharedDirectLine {
  conversations: DirectLineConversations;
  rateLimits: RateLimits;
  close(): Promise<void>;
}

/**
 * With REDIS_URL, opens the Redis that every instance shares; without it, `undefined` (all in memory).
 * The memory bounds (conversations, bytes per conversation, DIRECT_LINE_MEMORY_MB in all) apply to Redis.
 */
export async function openSharedDirectLine(config: DirectLineConfig, logger: Logger): Promise<SharedDirectLine | undefined> {
  if (!config.redisUrl) return undefined;
  if (config.mode !== 'builtin') {
    logger.warn('REDIS_URL is set but DIRECT_LINE_MODE=azure: Azure keeps the conversations, Redis is not used');
    return undefined;
  }
  const connection = await openRedisConnection(config.redisUrl, logger);
  logger.info({ redis: redisAddress(config.redisUrl) }, 'Built-in Direct Line: conversations, tokens and rate limits in Redis');
  const conversations = new RedisConversations(connection, {
    idleMs: config.idleMinutes * 60_000,
    ...builtinLimits,
    maxTotalBytes: config.memoryMegabytes * 1024 * 1024,
  });
  return { conversations, rateLimits: redisRateLimits(connection.client, defaultKeyPrefix), close: () => conversations.close() };
}
