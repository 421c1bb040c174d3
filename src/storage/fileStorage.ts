import { randomUUID } from 'node:crypto';
import { closeSync, constants, fstatSync, ftruncateSync, mkdirSync, openSync, readdirSync, readSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { eTagConflictError } from './eTagConflict';
import { fileNameForKey } from './fileNameForKey';
import { openStateFileBudget } from './openFileBudget';
import { isIdle, type IdleExpiry, type SweepableStorage } from './sweepableStorage';

/** What one file holds: the key (for the erase tool; the file name is its hash) and the item with its eTag. */
interface StoredFile {
  key: string;
  item: StoreItem;
}

/** An open state file, and its size when this process last read or wrote it. */
interface OpenFile {
  fd: number;
  size: number;
  /** Read (and checked linked) by this process since its last write. */
  checked: boolean;
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
 * Reads and writes are synchronous system calls (a state file is a few kilobytes in the page cache): each
 * read-compare-write of a key is atomic within the process without locks, and the state is in the file
 * before the turn's answer leaves (a crash of the process loses nothing). The files of recent keys stay
 * open: a turn's read is an `fstat` and a `read`, its write one `write` in place. Opening a file cost more
 * than everything else the store does in a turn. (Keeping each file's text as well saved a `read` but held
 * about 10 MB for 1,000 conversations: not kept.) A file is rewritten in place, padded with spaces (which
 * JSON ignores) to its length, with room to grow. Other processes (the erase and sweep tools, a hand edit)
 * are seen: every read reads the file, and a file they unlinked or renamed over is no longer linked
 * (`nlink` 0), so it is opened again by its path.
 *
 * @example
 *   const storage = new FileStorage('./data/state', { idleMs: 30 * DAY_MS });
 *   const conversationState = new ConversationState(storage);
 */
export class FileStorage implements Storage, SweepableStorage {
  private folderReady = false;
  /** Open files of recent keys, least recently used first. */
  private readonly openFiles = new Map<string, OpenFile>();

  constructor(
    readonly dir: string,
    private readonly expiry?: IdleExpiry,
    private readonly maxOpenFiles = openStateFileBudget(),
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

  /** Closes the open files (they are reopened when needed). Tests use it; a process that exits releases them anyway. */
  close(): void {
    for (const name of [...this.openFiles.keys()]) this.forget(name);
  }

  /**
   * Writes the text in place, padded with spaces to the file's size when it fits (a file more than
   * four times too large is cut down), else to twice its length: the file grows in one `write`. A new
   * file is created with that room. No temporary file: a process that dies cannot stop a `write` half
   * way (a power cut can: the file then reads as absent, a new conversation).
   */
  private writeFile(name: string, text: string): void {
    const length = encode(text);
    // A write right after this process read the file trusts that read's `fstat` (the turn's usual path).
    let file = this.openFiles.get(name);
    let size: number;
    if (file?.checked) {
      this.touch(name, file);
      size = file.size;
    } else {
      const open = this.linkedOpenFile(name);
      if (open) {
        file = open.file;
        size = open.stats.size;
      } else {
        // Opened, or created when there is none, in one call (no ENOENT thrown for a new conversation).
        const fd = openSync(this.fileOf(name), constants.O_RDWR | constants.O_CREAT, 0o600);
        file = this.remember(name, fd);
        size = fstatSync(fd).size;
      }
    }
    file.checked = false;
    const { fd } = file;
    const fits = length <= size && size <= roomFor(length) * 2;
    const room = fits ? size : roomFor(length);
    try {
      const bytes = padded(length, room);
      writeSync(fd, bytes, 0, room, 0);
      if (room < size) ftruncateSync(fd, room);
      file.size = room;
    } catch (error) {
      this.forget(name);
      throw error;
    }
  }

  private load(name: string, options: { evenIfExpired?: boolean } = {}): StoredFile | undefined {
    let open = this.linkedOpenFile(name);
    if (!open) {
      const fd = this.openExisting(name);
      if (fd === undefined) return undefined;
      open = { file: this.remember(name, fd), stats: fstatSync(fd) };
    }
    const { file, stats } = open;
    // Recorded before anything returns: the write that follows trusts this size, an idle file's too.
    file.checked = true;
    file.size = stats.size;
    if (!options.evenIfExpired && isIdle(stats.mtime, this.expiry)) return undefined;
    const text = readWhole(file.fd, stats.size);
    try {
      const stored = JSON.parse(text) as StoredFile;
      return stored && typeof stored.item === 'object' ? stored : undefined;
    } catch {
      // Edited by hand (or cut by a power failure): treat it as absent, the next write replaces it.
      return undefined;
    }
  }

  /** The open file of `name` and its stats, if it is still the file at its path (another process may have unlinked it). */
  private linkedOpenFile(name: string): { file: OpenFile; stats: Stats } | undefined {
    const file = this.openFiles.get(name);
    if (!file) return undefined;
    const stats = fstatSync(file.fd);
    if (stats.nlink === 0) {
      this.forget(name);
      return undefined;
    }
    this.touch(name, file);
    return { file, stats };
  }

  /** Marks the file most recently used (a Map keeps insertion order: the least recently used comes first). */
  private touch(name: string, file: OpenFile): void {
    this.openFiles.delete(name);
    this.openFiles.set(name, file);
  }

  /** The file at `name`'s path opened for reading and writing, or `undefined` when there is none. */
  private openExisting(name: string): number | undefined {
    try {
      return openSync(this.fileOf(name), 'r+');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  private remember(name: string, fd: number): OpenFile {
    const file: OpenFile = { fd, size: -1, checked: false };
    this.openFiles.set(name, file);
    if (this.openFiles.size > this.maxOpenFiles) this.forget(this.openFiles.keys().next().value as string);
    return file;
  }

  private forget(name: string): void {
    const file = this.openFiles.get(name);
    if (!file) return;
    this.openFiles.delete(name);
    try {
      closeSync(file.fd);
    } catch {
      // Already closed: nothing to release.
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
    this.forget(name);
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
 * The size a file gets for a text of `length` bytes that does not fit it: twice the text, in whole kilobytes,
 * at least 4 KB. A conversation's state grows over its first turns (the transcript keeps 20 lines), so the
 * file grows two or three times in its life, then is rewritten at the same size.
 */
function roomFor(length: number): number {
  return Math.max(4096, Math.ceil((length * 2) / 1024) * 1024);
}

/** Reused for every write: a state's bytes are copied in, not allocated as a padded string and then a buffer. */
let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * Encodes the text into the reused buffer, with room for the padding that may follow; returns its length in bytes
 * (encoded once: measuring it first, then copying it, encoded it twice).
 */
function encode(text: string): number {
  // At most 3 bytes per UTF-16 unit, and a file's room is at most four times its text plus 8 KB (see writeFile).
  const most = 12 * text.length + 8192;
  if (scratch.length < most) scratch = Buffer.allocUnsafe(Math.max(most, scratch.length * 2));
  return scratch.write(text, 0, 'utf8');
}

/** The encoded text (`length` bytes) followed by spaces up to `size` bytes (JSON.parse ignores trailing white space). */
function padded(length: number, size: number): Buffer {
  if (size > length) scratch.fill(0x20, length, size);
  return scratch;
}

/** The file's text up to its last `}`, from its first `size` bytes read at position 0 (the descriptor's own position is never used). */
function readWhole(fd: number, size: number): string {
  const buffer = Buffer.allocUnsafe(size);
  let done = 0;
  while (done < size) {
    const read = readSync(fd, buffer, done, size - done, done);
    if (read === 0) break;
    done += read;
  }
  // The padding after the object is not decoded: decoding a state's accented text costs about as much per byte
  // as parsing it, and a file is up to twice its text.
  const end = buffer.lastIndexOf(CLOSING_BRACE, done - 1);
  return buffer.toString('utf8', 0, end >= 0 ? end + 1 : done);
}

/** `}`: a stored file is one JSON object, followed by padding. */
const CLOSING_BRACE = 0x7d;
