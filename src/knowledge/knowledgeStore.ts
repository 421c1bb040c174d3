import { watch, type FSWatcher } from 'node:fs';
import { KnowledgeBaseError } from './KnowledgeBaseError';
import { knowledgeCacheKey, readKnowledgeCache, writeKnowledgeCache } from './knowledgeCache';
import { loadKnowledgeBase, type LoadKnowledgeOptions } from './loadKnowledgeBase';
import { loadKnowledgeSnapshot, saveKnowledgeSnapshot, type SnapshotInfo } from './knowledgeSnapshot';
import type { KnowledgeBase } from './types';

export interface KnowledgeStoreOptions {
  /** Reload when a file of the folder changes (default false). */
  watch?: boolean;
  /** Quiet time after the last change before reloading: editors write a file in several steps. */
  debounceMs?: number;
  /** Called after each successful reload with the new base. */
  onReload?(kb: KnowledgeBase): void;
  /** Called when a reload fails; the last good base stays in use. */
  onError?(error: KnowledgeBaseError): void;
  /**
   * Where the last good base is kept: a copy of the files is saved there each time a base of other files loads, and
   * a store opened on a broken folder starts from it (degraded) instead of failing.
   */
  snapshotDir?: string;
  /** Called when the snapshot cannot be saved (the bot goes on; the previous snapshot stays). */
  onSnapshotError?(error: unknown): void;
  /**
   * Where the last base that loaded is kept as JSON (`knowledgeCache.ts`): a start on the same files, with
   * the same loader, reads it instead of parsing and checking the YAML again. None: every load parses.
   */
  cacheFile?: string;
  /** Read (never written) when `cacheFile` holds nothing: the cache `npm run build` writes for the repository's base. */
  builtCacheFile?: string;
}

const DEFAULT_DEBOUNCE_MS = 250;

function asKnowledgeError(error: unknown, dir: string): KnowledgeBaseError {
  if (error instanceof KnowledgeBaseError) return error;
  return new KnowledgeBaseError([{ file: dir, message: error instanceof Error ? error.message : String(error) }]);
}

/**
 * Holds the current knowledge base of a folder and, optionally, reloads it when files change.
 * A broken edit never replaces a good base: `current` stays the last valid one and `lastError` says why.
 *
 * @example
 * const store = await KnowledgeStore.open('knowledge', { watch: true, onError: (e) => log.warn(e.message) });
 * createAnswerer(store.current);
 */
export class KnowledgeStore {
  private base: KnowledgeBase;
  private error: KnowledgeBaseError | undefined;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private closed = false;
  private snapshot: SnapshotInfo | undefined;
  private saving: Promise<void> = Promise.resolve();
  /** The last base that loaded and its cache key: what the cache file holds, or is about to. */
  private cached: LoadKnowledgeOptions['cached'];

  private constructor(
    readonly dir: string,
    first: KnowledgeBase,
    private readonly options: KnowledgeStoreOptions,
  ) {
    this.base = first;
  }

  /**
   * Loads the folder and starts watching if asked. When the folder does not load, the last good
   * base of `snapshotDir` is used (`startedFromSnapshot` and `lastError` say so); with no snapshot,
   * throws the `KnowledgeBaseError`.
   */
  static async open(dir: string, options: KnowledgeStoreOptions = {}): Promise<KnowledgeStore> {
    let store: KnowledgeStore;
    const cached =
      (options.cacheFile ? await readKnowledgeCache(options.cacheFile) : undefined) ??
      (options.builtCacheFile ? await readKnowledgeCache(options.builtCacheFile) : undefined);
    try {
      store = new KnowledgeStore(dir, await loadKnowledgeBase(dir, { cached }), options);
      store.cached = cached;
      store.saveSnapshot(store.base);
    } catch (error) {
      const snapshot = options.snapshotDir ? await loadKnowledgeSnapshot(options.snapshotDir) : undefined;
      if (!snapshot) throw error;
      store = new KnowledgeStore(dir, snapshot.kb, options);
      store.error = asKnowledgeError(error, dir);
      store.snapshot = snapshot.info;
    }
    if (options.watch) store.startWatching();
    return store;
  }

  /** When the folder was broken at start: the snapshot the base in use comes from, until a valid reload. */
  get startedFromSnapshot(): SnapshotInfo | undefined {
    return this.snapshot;
  }

  /** Resolves once the latest snapshot is written (tests, shutdown). */
  snapshotSaved(): Promise<void> {
    return this.saving;
  }

  /** The last base that loaded without errors. */
  get current(): KnowledgeBase {
    return this.base;
  }

  /** Why the latest reload failed, or undefined when it succeeded. */
  get lastError(): KnowledgeBaseError | undefined {
    return this.error;
  }

  /**
   * Reloads now. Resolves to true when the new base replaced the old one, false when it was invalid
   * (then `lastError` is set and `onError` called). Concurrent calls are merged into one more reload.
   */
  async reload(): Promise<boolean> {
    if (this.running) {
      this.again = true;
      await this.running;
      return this.error === undefined;
    }
    this.running = this.reloadLoop();
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
    return this.error === undefined;
  }

  /** Stops watching. The current base stays readable. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = undefined;
  }

  private async reloadLoop(): Promise<void> {
    do {
      this.again = false;
      try {
        const kb = await loadKnowledgeBase(this.dir, { cached: this.cached });
        if (this.closed) return;
        this.base = kb;
        this.error = undefined;
        this.snapshot = undefined;
        this.saveSnapshot(kb);
        this.options.onReload?.(kb);
      } catch (error) {
        if (this.closed) return;
        this.error = asKnowledgeError(error, this.dir);
        this.options.onError?.(this.error);
      }
    } while (this.again);
  }

  /** Saves the snapshot, then the cache, off the request path (both skipped when they already hold this base). */
  private saveSnapshot(kb: KnowledgeBase): void {
    const { snapshotDir, cacheFile } = this.options;
    if (snapshotDir) {
      this.saving = this.saving
        .then(() => saveKnowledgeSnapshot(kb, this.dir, snapshotDir))
        .catch((error: unknown) => this.options.onSnapshotError?.(error));
    }
    if (!kb.contentHash) return;
    const key = knowledgeCacheKey(this.dir, kb.contentHash);
    if (this.cached?.key === key) return;
    this.cached = { key, base: kb };
    // Reported like a snapshot not saved (the error names the file); it only costs the next start its parsing.
    if (cacheFile) this.saving = this.saving.then(() => writeKnowledgeCache(cacheFile, this.dir, kb)).catch((error: unknown) => this.options.onSnapshotError?.(error));
  }

  private startWatching(): void {
    // Watch the folder rather than each file: editors often save by writing a new file and renaming it.
    this.watcher = watch(this.dir, (_event, name) => {
      if (name && !/\.ya?ml$/i.test(String(name))) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload(), this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
    });
    this.watcher.on('error', (error) => {
      this.error = asKnowledgeError(error, this.dir);
      this.options.onError?.(this.error);
    });
  }
}
