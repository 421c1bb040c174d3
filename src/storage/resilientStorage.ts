import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { StorageKind } from '../config/types';
import type { Logger } from '../logging/createLogger';
import { isETagConflict } from './eTagConflict';
import { ItemCache } from './itemCache';
import type { StorageHealth } from './storageHealth';
import { withTimeout } from './withTimeout';

export interface ResilientStorageOptions {
  kind: StorageKind;
  logger: Logger;
  /** A backend call slower than this counts as a failure (default 2 s: a turn must not wait longer); 0: no limit. */
  timeoutMs?: number;
  /** While degraded, how often the backend is tried again (default 5 s). */
  retryIntervalMs?: number;
  /** Keys whose last value is kept to serve reads during an outage (default 1000). */
  cacheSize?: number;
  /** Queued keys beyond this are dropped, oldest first (default 10 000). */
  maxPendingWrites?: number;
}

export const resilientStorageDefaults = Object.freeze({ timeoutMs: 2_000, retryIntervalMs: 5_000, cacheSize: 1_000, maxPendingWrites: 10_000 });

/**
 * A change waiting for the backend: the latest one per key wins. A `blind` write was made while this
 * instance knew nothing of the key (not cached: e.g. it started during the outage), so it was built from
 * empty state. BotState always writes with eTag `*`, so eTags cannot tell.
 */
type PendingChange = { kind: 'write'; item: StoreItem; blind: boolean } | { kind: 'delete' };

/** Read on each retry when nothing is queued, to learn whether the backend is back. */
export const probeKey = 'faq-bot/storage-probe';

/**
 * Keeps the bot answering when its storage is down.
 * When the backend throws or is slow, the storage becomes `degraded`: it logs once, serves reads from
 * the values it last saw (or nothing: the turn runs without saved state), queues writes and deletes,
 * and retries in the background. When the backend answers again, the queue is replayed in order
 * and the storage is `ok` again. An eTag conflict is an answer, not an outage: it is passed on.
 *
 * @example
 *   const storage = new ResilientStorage(new BlobStateStorage(connectionString, 'faq-bot'), { kind: 'blob', logger });
 *   storage.health(); // { kind: 'blob', status: 'ok', pendingWrites: 0 }
 */
export class ResilientStorage implements Storage {
  private readonly options: Required<Omit<ResilientStorageOptions, 'logger' | 'kind'>>;
  private readonly cache: ItemCache;
  private readonly pending = new Map<string, PendingChange>();
  private degraded = false;
  private lastError?: string;
  private retryTimer?: NodeJS.Timeout;
  private catchingUp?: Promise<boolean>;

  constructor(
    readonly backend: Storage,
    private readonly settings: ResilientStorageOptions,
  ) {
    const defaults = resilientStorageDefaults;
    this.options = {
      timeoutMs: settings.timeoutMs ?? defaults.timeoutMs,
      retryIntervalMs: settings.retryIntervalMs ?? defaults.retryIntervalMs,
      cacheSize: settings.cacheSize ?? defaults.cacheSize,
      maxPendingWrites: settings.maxPendingWrites ?? defaults.maxPendingWrites,
    };
    this.cache = new ItemCache(this.options.cacheSize);
  }

  health(): StorageHealth {
    return {
      kind: this.settings.kind,
      status: this.degraded ? 'degraded' : 'ok',
      ...(this.lastError ? { lastError: this.lastError } : {}),
      pendingWrites: this.pending.size,
    };
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!this.degraded) {
      try {
        const items = await this.call(this.backend.read(keys), 'read');
        for (const key of keys) {
          if (items[key]) this.cache.set(key, items[key] as StoreItem);
          else this.cache.delete(key);
        }
        return this.withPending(keys, items);
      } catch (error) {
        this.degrade(error, 'read');
      }
    }
    const cached: StoreItems = {};
    for (const key of keys) {
      const item = this.cache.get(key);
      if (item) cached[key] = item;
    }
    return this.withPending(keys, cached);
  }

  async write(changes: StoreItems): Promise<void> {
    if (!this.degraded) {
      try {
        await this.call(this.backend.write(changes), 'write');
        // The backend gave the items new eTags we cannot see: `*` lets a later offline copy overwrite them.
        for (const [key, item] of Object.entries(changes)) this.cache.set(key, { ...(item as StoreItem), eTag: '*' });
        return;
      } catch (error) {
        if (isETagConflict(error)) throw error;
        this.degrade(error, 'write');
      }
    }
    for (const [key, item] of Object.entries(changes)) {
      const previous = this.pending.get(key);
      const blind = previous ? previous.kind === 'write' && previous.blind : !this.cache.has(key);
      this.enqueue(key, { kind: 'write', item: JSON.parse(JSON.stringify(item)) as StoreItem, blind });
      this.cache.set(key, { ...(item as StoreItem), eTag: '*' });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.cache.delete(key);
    if (!this.degraded) {
      try {
        await this.call(this.backend.delete(keys), 'delete');
        return;
      } catch (error) {
        this.degrade(error, 'delete');
      }
    }
    for (const key of keys) this.enqueue(key, { kind: 'delete' });
  }

  /**
   * Tries the backend now: replays the queue (or probes when it is empty). True when the storage is ok.
   * Runs by itself every `retryIntervalMs` while degraded; tests and shutdown call it directly.
   */
  catchUp(): Promise<boolean> {
    if (!this.degraded) return Promise.resolve(true);
    this.catchingUp ??= this.replay().finally(() => (this.catchingUp = undefined));
    return this.catchingUp;
  }

  /** Stops retrying; one last attempt to save what is queued. */
  async close(): Promise<void> {
    this.stopRetrying();
    if (!this.degraded) return;
    const saved = await this.catchUp();
    this.stopRetrying();
    if (!saved) this.settings.logger.error({ pendingWrites: this.pending.size }, 'Storage still unavailable at shutdown: queued writes are lost');
  }

  private async replay(): Promise<boolean> {
    const counts = { written: 0, dropped: 0 };
    try {
      if (this.pending.size === 0) await this.call(this.backend.read([probeKey]), 'probe');
      // Writes queued during the replay are replayed too, before the storage is declared ok.
      while (this.pending.size > 0) {
        for (const [key, change] of [...this.pending]) {
          counts[await this.replayOne(key, change)]++;
          if (this.pending.get(key) === change) this.pending.delete(key);
        }
      }
    } catch (error) {
      this.lastError = describe(error);
      this.settings.logger.debug({ err: error, pendingWrites: this.pending.size }, 'Storage still unavailable');
      return false;
    }
    this.degraded = false;
    this.lastError = undefined;
    this.stopRetrying();
    this.settings.logger.info({ kind: this.settings.kind, replayed: counts.written, dropped: counts.dropped }, 'Storage available again: queued writes replayed');
    return true;
  }

  /** Throws when the backend still fails; a change that would overwrite newer state is dropped. */
  private async replayOne(key: string, change: PendingChange): Promise<'written' | 'dropped'> {
    const { logger } = this.settings;
    if (change.kind === 'delete') {
      await this.call(this.backend.delete([key]), 'replay');
      return 'written';
    }
    if (change.blind && (await this.call(this.backend.read([key]), 'replay'))[key]) {
      // State built from nothing must not overwrite state this instance could not see.
      logger.warn({ key }, 'Queued state write dropped: the store holds state written before the outage');
      return 'dropped';
    }
    try {
      await this.call(this.backend.write({ [key]: change.item }), 'replay');
      return 'written';
    } catch (error) {
      if (!isETagConflict(error)) throw error;
      // Another instance saved a newer state meanwhile: it wins.
      logger.warn({ key }, 'Queued state write dropped: the stored state changed meanwhile');
      return 'dropped';
    }
  }

  private call<T>(promise: Promise<T>, operation: string): Promise<T> {
    return this.options.timeoutMs > 0 ? withTimeout(promise, this.options.timeoutMs, operation) : promise;
  }

  private degrade(error: unknown, operation: string): void {
    this.lastError = describe(error);
    if (this.degraded) return;
    this.degraded = true;
    this.settings.logger.error(
      { err: error, operation, kind: this.settings.kind },
      'Storage unavailable: answering without saved state, writes queued until it is back',
    );
    this.retryTimer = setInterval(() => void this.catchUp(), this.options.retryIntervalMs);
    this.retryTimer.unref();
  }

  private stopRetrying(): void {
    clearInterval(this.retryTimer);
    this.retryTimer = undefined;
  }

  private enqueue(key: string, change: PendingChange): void {
    this.pending.delete(key);
    this.pending.set(key, change);
    if (this.pending.size > this.options.maxPendingWrites) {
      const oldest = this.pending.keys().next().value as string;
      this.pending.delete(oldest);
      this.settings.logger.warn({ key: oldest }, 'Too many queued state writes: the oldest was dropped');
    }
  }

  /** A key written or deleted while offline reads as written, even before the backend has it. */
  private withPending(keys: string[], items: StoreItems): StoreItems {
    for (const key of keys) {
      const change = this.pending.get(key);
      if (change?.kind === 'write') items[key] = { ...change.item, eTag: '*' };
      else if (change?.kind === 'delete') delete items[key];
    }
    return items;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
