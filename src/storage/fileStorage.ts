import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { atomicWriteFile } from './atomicWriteFile';
import { eTagConflictError } from './eTagConflict';
import { fileNameForKey } from './fileNameForKey';
import { isIdle, type IdleExpiry, type SweepableStorage } from './sweepableStorage';

/** What one file holds: the key (for the erase tool; the file name is its hash) and the item with its eTag. */
interface StoredFile {
  key: string;
  item: StoreItem;
}

/**
 * Bot state in JSON files, one per key, under `dir`: a restart loses nothing, and no server is needed.
 * eTags behave like the SDK's MemoryStorage: a write carrying an eTag other than the stored one
 * (and other than `*`) is refused. One process per folder: several instances need the Blob storage.
 * With an `expiry`, a file not written for the idle time (its modification time) reads as absent
 * and `sweepExpired()` deletes it.
 *
 * @example
 *   const storage = new FileStorage('./data/state', { idleMs: 30 * DAY_MS });
 *   const conversationState = new ConversationState(storage);
 */
export class FileStorage implements Storage, SweepableStorage {
  // Read-compare-write (or sweep) of one file must not interleave with another write of the same file.
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(
    readonly dir: string,
    private readonly expiry?: IdleExpiry,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const stored = await this.load(fileNameForKey(key));
        if (stored) items[key] = stored.item;
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await Promise.all(
      Object.entries(changes).map(([key, item]) => this.exclusive(fileNameForKey(key), () => this.writeOne(key, item as StoreItem))),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.exclusive(fileNameForKey(key), () => this.unlinkFile(fileNameForKey(key)))));
  }

  async sweepExpired(): Promise<number> {
    if (!this.expiry) return 0;
    let deleted = 0;
    // One file at a time: a sweep must not compete with the turns for the disk.
    for (const name of await this.fileNames()) {
      const expired = await this.exclusive(name, async () => {
        if (!isIdle(await this.modifiedAt(name), this.expiry)) return false;
        await this.unlinkFile(name);
        return true;
      });
      if (expired) deleted++;
    }
    return deleted;
  }

  async deleteWhere(matches: (key: string) => boolean): Promise<string[]> {
    const erased: string[] = [];
    for (const name of await this.fileNames()) {
      await this.exclusive(name, async () => {
        const stored = await this.load(name, { evenIfExpired: true });
        if (!stored || typeof stored.key !== 'string' || !matches(stored.key)) return;
        await this.unlinkFile(name);
        erased.push(stored.key);
      });
    }
    return erased;
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const eTag = item.eTag as unknown;
    if (typeof eTag === 'string' && eTag !== '' && eTag !== '*') {
      const current = await this.load(fileNameForKey(key));
      if (current && current.item.eTag !== eTag) throw eTagConflictError(key);
    }
    const stored: StoredFile = { key, item: { ...item, eTag: randomUUID() } };
    await atomicWriteFile(this.fileOf(fileNameForKey(key)), JSON.stringify(stored));
  }

  private async load(name: string, options: { evenIfExpired?: boolean } = {}): Promise<StoredFile | undefined> {
    let text: string;
    try {
      const file = await open(this.fileOf(name), 'r');
      try {
        if (!options.evenIfExpired && isIdle((await file.stat()).mtime, this.expiry)) return undefined;
        text = await file.readFile('utf8');
      } finally {
        await file.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const stored = JSON.parse(text) as StoredFile;
      return stored && typeof stored.item === 'object' ? stored : undefined;
    } catch {
      // Writes are atomic, so this is a file edited by hand: treat it as absent, the next write replaces it.
      return undefined;
    }
  }

  /** Every file of the folder: state files, files of older versions, temporary files a crash left behind. */
  private async fileNames(): Promise<string[]> {
    try {
      return await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private async modifiedAt(name: string): Promise<Date | undefined> {
    try {
      const stats = await stat(this.fileOf(name));
      return stats.isFile() ? stats.mtime : undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  private async unlinkFile(name: string): Promise<void> {
    await unlink(this.fileOf(name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  private fileOf(name: string): string {
    return path.join(this.dir, name);
  }

  private exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(name) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.locks.set(name, settled);
    void settled.then(() => {
      if (this.locks.get(name) === settled) this.locks.delete(name);
    });
    return run;
  }
}
