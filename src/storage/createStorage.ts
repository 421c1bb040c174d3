import path from 'node:path';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import type { StorageConfig } from '../config/types';
import type { BlobStateStorage } from './blobStateStorage';
import { FileStorage } from './fileStorage';
import { ResilientStorage, type ResilientStorageOptions } from './resilientStorage';
import { DAY_MS, type IdleExpiry, type SweepableStorage } from './sweepableStorage';

/** Sub-folder of DATA_DIR holding the state files. */
export const STATE_FOLDER = 'state';

/**
 * The backend named by the configuration, without resilience. File and Blob state expires after
 * `stateIdleDays` without a write (`now`: the clock, for tests).
 */
export function createBackendStorage(config: StorageConfig, now?: () => number): Storage {
  const expiry: IdleExpiry = { idleMs: config.stateIdleDays * DAY_MS, ...(now ? { now } : {}) };
  switch (config.kind) {
    case 'memory':
      return new MemoryStorage();
    case 'file':
      return new FileStorage(path.resolve(config.dataDir, STATE_FOLDER), expiry);
    case 'blob':
      if (!config.connectionString) throw new Error('AZURE_STORAGE_CONNECTION_STRING is required for STORAGE=blob.');
      return new LazyBlobStateStorage([config.connectionString, config.container, expiry]);
  }
}

/**
 * The Azure Blob state store, its module (and Azure's SDK, a good part of the bot's start) loaded on the
 * first call, so that a bot on local files never loads it.
 */
class LazyBlobStateStorage implements SweepableStorage {
  private loaded?: Promise<BlobStateStorage>;

  constructor(private readonly args: ConstructorParameters<typeof BlobStateStorage>) {}

  async read(keys: string[]): Promise<StoreItems> {
    return (await this.inner()).read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    return (await this.inner()).write(changes);
  }

  async delete(keys: string[]): Promise<void> {
    return (await this.inner()).delete(keys);
  }

  async sweepExpired(): Promise<number> {
    return (await this.inner()).sweepExpired();
  }

  async deleteWhere(matches: (key: string) => boolean): Promise<string[]> {
    return (await this.inner()).deleteWhere(matches);
  }

  private inner(): Promise<BlobStateStorage> {
    this.loaded ??= import('./blobStateStorage.js').then((module) => new module.BlobStateStorage(...this.args));
    // A failed construction is not kept: the next call tries again.
    this.loaded.catch(() => (this.loaded = undefined));
    return this.loaded;
  }
}

/**
 * The bot's `Storage` (conversation and user state) as configured, wrapped so that an outage
 * degrades the bot instead of breaking its turns.
 * @example
 *   const storage = createStorage(config.storage, { logger });
 *   new ConversationState(storage); storage.health();
 */
export function createStorage(
  config: StorageConfig,
  options: Omit<ResilientStorageOptions, 'kind'>,
): ResilientStorage {
  // Reads are served from a cache during an outage: worth it for Azure Blob only. Local files (and memory)
  // do not go away; the cache would serialise every state read and written for nothing.
  // Their calls are synchronous system calls too, which a timer cannot interrupt: no deadline either.
  const local = config.kind !== 'blob';
  const tuning = local ? { cacheSize: 0, timeoutMs: 0 } : {};
  return new ResilientStorage(createBackendStorage(config), { ...options, ...tuning, kind: config.kind });
}
