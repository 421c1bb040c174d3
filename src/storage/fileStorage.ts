import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { eTagConflictError } from './eTagConflict';
import { fileNameForKey } from './fileNameForKey';
import { isIdle, type IdleExpiry, type SweepableStorage } from './sweepableStorage';

/** What one file holds: the key (for the erase tool; the file name is its hash) and the item with its eTag. */
interface StoredFile {
  key: string;
  item: StoreItem;
}

/** Files scanned by a sweep or an erase between two yields to the event loop, so that turns go on meanwhile. */
const FILES_PER_SLICE = 64;

/**
 * Bot state in JSON files, one per key, under `dir`: a restart loses nothing, and no server is needed.
 * eTags behave like the SDK's MemoryStorage: a write carrying an eTag other than the stored one
 * (and other than `*`) is refused. One process per folder: several instances need the Blob storage.
 * With an `expiry`, a file not written for the idle time (its modification time) reads as absent
 * and `sweepExpired()` deletes it.
 *
 * Reads and writes are synchronous system calls (a state file is a few kilobytes in the page cache): a
 * turn costs two calls instead of a dozen round trips through libuv's thread pool, each read-compare-write
 * of a key is atomic within the process without locks, and the state is in the file before the turn's
 * answer leaves (a crash of the process loses nothing). A file is rewritten in place, in one `write`, padded
 * with spaces (which JSON ignores) to its previous length: no new inode and no freed blocks per turn. A
 * new file, or one that grew beyond its room, is written beside it and renamed over it, with room to grow.
 *
 * @example
 *   const storage = new FileStorage('./data/state', { idleMs: 30 * DAY_MS });
 *   const conversationState = new ConversationState(storage);
 */
export class FileStorage implements Storage, SweepableStorage {
  private folderReady = false;

  constructor(
    readonly dir: string,
    private readonly expiry?: IdleExpiry,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const stored = this.load(fileNameForKey(key));
      if (stored) items[key] = stored.item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    // Checked for every key before any is written: a conflict writes nothing.
    const writes = Object.entries(changes).map(([key, item]) => {
      const name = fileNameForKey(key);
      const eTag = (item as StoreItem).eTag as unknown;
      if (typeof eTag === 'string' && eTag !== '' && eTag !== '*') {
        const current = this.load(name);
        if (current && current.item.eTag !== eTag) throw eTagConflictError(key);
      }
      const stored: StoredFile = { key, item: { ...(item as StoreItem), eTag: randomUUID() } };
      return { name, text: JSON.stringify(stored) };
    });
    this.ensureFolder();
    for (const { name, text } of writes) {
      try {
        this.writeFile(name, text);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        // The folder was removed while the bot ran: made again, once.
        this.folderReady = false;
        this.ensureFolder();
        this.writeFile(name, text);
      }
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.unlinkFile(fileNameForKey(key));
  }

  async sweepExpired(): Promise<number> {
    if (!this.expiry) return 0;
    let deleted = 0;
    await this.eachFile((name) => {
      // Checked and deleted in one go: a turn cannot write the file in between.
      if (!isIdle(this.modifiedAt(name), this.expiry)) return;
      this.unlinkFile(name);
      deleted++;
    });
    return deleted;
  }

  async deleteWhere(matches: (key: string) => boolean): Promise<string[]> {
    const erased: string[] = [];
    await this.eachFile((name) => {
      const stored = this.load(name, { evenIfExpired: true });
      if (!stored || typeof stored.key !== 'string' || !matches(stored.key)) return;
      this.unlinkFile(name);
      erased.push(stored.key);
    });
    return erased;
  }

  /**
   * Rewrites the file in place when the new text fits in it (padded with spaces to its length), else
   * writes a new file, with room to grow, and renames it over the old one: readers see the old state or
   * the new one. A file far larger than its text is rewritten too, so that files do not stay bloated.
   */
  private writeFile(name: string, text: string): void {
    const file = this.fileOf(name);
    const length = Buffer.byteLength(text, 'utf8');
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r+');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (fd !== undefined) {
      try {
        const size = fstatSync(fd).size;
        if (length <= size && size <= roomFor(length) * 2) {
          // Fits, and is not more than four times too large.
          writeSync(fd, padded(text, length, size), 0, 'utf8');
          return;
        }
      } finally {
        closeSync(fd);
      }
    }
    this.replaceFile(file, padded(text, length, roomFor(length)));
  }

  private replaceFile(file: string, content: string): void {
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const fd = openSync(temporary, 'wx', 0o600);
      try {
        writeSync(fd, content, 0, 'utf8');
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, file);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing was left behind.
      }
      throw error;
    }
  }

  private load(name: string, options: { evenIfExpired?: boolean } = {}): StoredFile | undefined {
    let text: string;
    let fd: number;
    try {
      fd = openSync(this.fileOf(name), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      if (!options.evenIfExpired && isIdle(fstatSync(fd).mtime, this.expiry)) return undefined;
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
    try {
      const stored = JSON.parse(text) as StoredFile;
      return stored && typeof stored.item === 'object' ? stored : undefined;
    } catch {
      // Edited by hand (or cut by a power failure): treat it as absent, the next write replaces it.
      return undefined;
    }
  }

  private ensureFolder(): void {
    if (this.folderReady) return;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    this.folderReady = true;
  }

  /**
   * Every file of the folder (state files, files of older versions, temporary files a crash left
   * behind), a slice at a time, yielding between slices.
   */
  private async eachFile(visit: (name: string) => void): Promise<void> {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (let i = 0; i < names.length; i++) {
      visit(names[i]);
      if ((i + 1) % FILES_PER_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private modifiedAt(name: string): Date | undefined {
    try {
      const stats = statSync(this.fileOf(name));
      return stats.isFile() ? stats.mtime : undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  private unlinkFile(name: string): void {
    try {
      unlinkSync(this.fileOf(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  private fileOf(name: string): string {
    return path.join(this.dir, name);
  }
}

/**
 * The size a new file gets for a text of `length` bytes: twice the text, in whole kilobytes, at least 4 KB.
 * A conversation's state grows over its first turns (the transcript keeps 20 lines), so the file is
 * replaced two or three times in its life, then rewritten in place.
 */
function roomFor(length: number): number {
  return Math.max(4096, Math.ceil((length * 2) / 1024) * 1024);
}

/** The text (`length` bytes in UTF-8) followed by spaces up to `size` bytes (JSON.parse ignores trailing white space). */
function padded(text: string, length: number, size: number): string {
  return length >= size ? text : text + ' '.repeat(size - length);
}
