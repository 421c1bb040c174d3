import type { Redis, RedisOptions } from 'ioredis';
import type { Logger } from '../../logging/createLogger';

/** Deadlines of the Redis client: a Direct Line call fails (503) rather than hang while Redis is away. */
export const redisClientDefaults = Object.freeze({ connectTimeoutMs: 3_000, commandTimeoutMs: 2_000, maxReconnectDelayMs: 2_000, startWaitMs: 5_000 });

/** One Redis client shared by the conversation store and the rate limits, and what /healthz says of it. */
export interface RedisConnection {
  client: Redis;
  /** Resolves as `command` does, noting whether Redis answered (a paused Redis keeps its connection open). */
  track<T>(command: Promise<T>): Promise<T>;
  health(): { status: 'ok' | 'degraded'; lastError?: string };
  close(): Promise<void>;
}

/**
 * Connects to REDIS_URL (ioredis, loaded only when Redis is configured). The client reconnects by itself;
 * commands sent while Redis is away fail within `commandTimeoutMs`, so visitors get a 503 they retry, and
 * everything works again as soon as Redis answers. A Redis that does not answer at start is logged and
 * retried: the bot starts anyway (its other channels do not need Redis).
 * @example const redis = await openRedisConnection('redis://127.0.0.1:6379', logger);
 */
export async function openRedisConnection(url: string, logger: Logger, settings = redisClientDefaults): Promise<RedisConnection> {
  const { Redis: RedisClient } = await import('ioredis');
  const options: RedisOptions = {
    lazyConnect: true,
    connectTimeout: settings.connectTimeoutMs,
    commandTimeout: settings.commandTimeoutMs,
    // Commands queued while disconnected are failed at the first reconnection attempt, not kept for minutes.
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, settings.maxReconnectDelayMs),
  };
  const client = new RedisClient(url, options);
  let lastError: string | undefined;
  let down = false;
  let failing = false;
  const where = redisAddress(url);
  client.on('error', (error: Error) => {
    lastError = error.message;
    if (!down) logger.warn({ redis: where, err: error.message }, 'Redis does not answer: built-in Direct Line calls get 503 until it is back');
    down = true;
  });
  client.on('ready', () => {
    if (down) logger.info({ redis: where }, 'Redis answers again');
    down = false;
    lastError = undefined;
  });
  await Promise.race([client.connect(), new Promise((resolve) => setTimeout(resolve, settings.startWaitMs).unref())]).catch((error: unknown) => {
    lastError = error instanceof Error ? error.message : String(error);
    logger.error({ redis: where, err: lastError }, 'Cannot reach Redis at start: retrying in the background');
  });
  let probing = false;
  const connection: RedisConnection = {
    client,
    track: async (command) => {
      try {
        const result = await command;
        failing = false;
        return result;
      } catch (error) {
        failing = true;
        lastError = error instanceof Error ? error.message : String(error);
        throw error;
      }
    },
    health: () => {
      // After failed commands, a health check asks Redis whether it answers again (one PING at a time).
      if (failing && client.status === 'ready' && !probing) {
        probing = true;
        void connection
          .track(client.ping())
          .catch(() => undefined)
          .finally(() => (probing = false));
      }
      return client.status === 'ready' && !failing ? { status: 'ok' } : { status: 'degraded', lastError: lastError ?? `connection ${client.status}` };
    },
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
  return connection;
}

/** Host and port of a Redis URL, without its password: what logs may say. */
export function redisAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(invalid URL)';
  }
}
