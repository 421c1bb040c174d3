import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { unlockScript } from './redisScripts';

/** How long a turn may hold its conversation's lock; an instance that dies holding it frees it after this. */
export const turnLockDefaults = Object.freeze({ leaseMs: 15_000, retryMs: 20, waitMs: 20_000 });

/**
 * Runs the turns of one conversation one at a time over every instance: in arrival order on this instance
 * (a local queue), and under a short Redis lock (`SET NX PX`) against the other instances, so that a turn
 * reads the conversation state the previous turn saved, wherever it ran.
 */
export class RedisTurnLock {
  private readonly local = new Map<string, Promise<unknown>>();

  constructor(
    private readonly redis: Redis,
    private readonly keyOf: (conversationId: string) => string,
    private readonly options = turnLockDefaults,
  ) {}

  run<T>(conversationId: string, turn: () => Promise<T>): Promise<T> {
    const previous = this.local.get(conversationId) ?? Promise.resolve();
    const next = previous.then(() => this.locked(conversationId, turn));
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.local.set(conversationId, settled);
    void settled.then(() => {
      if (this.local.get(conversationId) === settled) this.local.delete(conversationId);
    });
    return next;
  }

  private async locked<T>(conversationId: string, turn: () => Promise<T>): Promise<T> {
    const key = this.keyOf(conversationId);
    const owner = randomBytes(12).toString('base64url');
    const deadline = Date.now() + this.options.waitMs;
    while ((await this.redis.set(key, owner, 'PX', this.options.leaseMs, 'NX')) !== 'OK') {
      if (Date.now() > deadline) throw new Error(`The turn lock of conversation ${conversationId} stayed taken for ${this.options.waitMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, this.options.retryMs));
    }
    try {
      return await turn();
    } finally {
      // A lock that expired meanwhile belongs to someone else now: only ours is released.
      await this.redis.eval(unlockScript, 1, key, owner).catch(() => undefined);
    }
  }
}
