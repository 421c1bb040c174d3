import { randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { atomicWriteFile } from './atomicWriteFile';
import { eTagConflictError } from './eTagConflict';
import { fileNameForKey } from './fileNameForKey';

/** What one file holds: the key (for people looking at the folder) and the item with its eTag. */
interface StoredFile {
  key: string;
  item: StoreItem;
}

/**
 * Bot state in JSON files, one per key, under `dir`: a restart loses nothing, and no server is needed.
 * eTags behave like the SDK's MemoryStorage: a write carrying an eTag other than the stored one
 * (and other than `*`) is refused. One process per folder: several instances need the Blob storage.
 *
 * @example
 *   const storage = new FileStorage('./data/state');
 *   const conversationState = new ConversationState(storage);
 */
export class FileStorage implements Storage {
  // Read-compare-write of one key must not interleave with another write of the same key.
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(readonly dir: string) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const stored = await this.load(key);
        if (stored) items[key] = stored.item;
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await Promise.all(Object.entries(changes).map(([key, item]) => this.exclusive(key, () => this.writeOne(key, item as StoreItem))));
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map((key) =>
        this.exclusive(key, () =>
          unlink(this.fileOf(key)).catch((error: NodeJS.ErrnoException) => {
            if (error.code !== 'ENOENT') throw error;
          }),
        ),
      ),
    );
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const eTag = item.eTag as unknown;
    if (typeof eTag === 'string' && eTag !== '' && eTag !== '*') {
      const current = await this.load(key);
      if (current && current.item.eTag !== eTag) throw eTagConflictError(key);
    }
    const stored: StoredFile = { key, item: { ...item, eTag: randomUUID() } };
    await atomicWriteFile(this.fileOf(key), JSON.stringify(stored));
  }

  private async load(key: string): Promise<StoredFile | undefined> {
    let text: string;
    try {
      text = await readFile(this.fileOf(key), 'utf8');
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

  private fileOf(key: string): string {
    return path.join(this.dir, fileNameForKey(key));
  }

  private exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.locks.set(key, settled);
    void settled.then(() => {
      if (this.locks.get(key) === settled) this.locks.delete(key);
    });
    return run;
  }
}
