import { closeSync, constants, fstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { atomicWriteFile } from '../runtime/atomicWriteFile';
import { DAY_PATTERN, dayOf } from './day';
import { parseJsonLines, since } from './parseLearningEvent';
import type { LearningEvent, LearningStore } from './types';
import { withoutConversation } from './withoutConversation';

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;

/**
 * Records as JSON lines, one file per UTC day: `<dir>/2025-03-14.jsonl`.
 * Appends are single `write`s of whole lines (one record, or a few with `appendMany`), so concurrent appends do not interleave;
 * retention deletes whole days. An append is synchronous (cheaper than round trips through libuv's thread
 * pool, and the record is in the file when it resolves): the day file stays open, and an `fstat` before
 * each `write` sees when the erase tool or retention replaced or deleted it (`nlink` 0), then it is opened again.
 *
 * @example new FileLearningStore('./data/learning')
 */
export class FileLearningStore implements LearningStore {
  private folderReady = false;
  /** The day file appended to last, kept open. */
  private current: { file: string; fd: number } | undefined;

  constructor(readonly dir: string) {}

  async append(event: LearningEvent): Promise<void> {
    this.appendText(this.fileOf(event), `${JSON.stringify(event)}\n`);
  }

  /** One `write` per day file: the records of a busy moment cost one system call, not one each. */
  async appendMany(events: readonly LearningEvent[]): Promise<void> {
    let written = 0;
    while (written < events.length) {
      const file = this.fileOf(events[written]);
      let end = written;
      let text = '';
      while (end < events.length && this.fileOf(events[end]) === file) text += `${JSON.stringify(events[end++])}\n`;
      try {
        this.appendText(file, text);
      } catch (error) {
        throw Object.assign(error as Error, { written });
      }
      written = end;
    }
  }

  private fileOf(event: LearningEvent): string {
    return path.join(this.dir, `${dayOf(new Date(event.at))}.jsonl`);
  }

  private appendText(file: string, line: string): void {
    if (!this.folderReady) {
      mkdirSync(this.dir, { recursive: true });
      this.folderReady = true;
    }
    try {
      writeSync(this.openDayFile(file), line, null, 'utf8');
    } catch (error) {
      this.closeDayFile();
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // The folder was removed while the bot ran: made again, once.
      mkdirSync(this.dir, { recursive: true });
      writeSync(this.openDayFile(file), line, null, 'utf8');
    }
  }

  /** The day file's descriptor, opened for appending unless the open one is still that file at its path. */
  private openDayFile(file: string): number {
    if (this.current && (this.current.file !== file || fstatSync(this.current.fd).nlink === 0)) this.closeDayFile();
    if (!this.current) this.current = { file, fd: openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o600) };
    return this.current.fd;
  }

  private closeDayFile(): void {
    if (!this.current) return;
    const { fd } = this.current;
    this.current = undefined;
    try {
      closeSync(fd);
    } catch {
      // Already closed: nothing to release.
    }
  }

  async list(from: Date): Promise<LearningEvent[]> {
    const firstDay = dayOf(from);
    const days = (await this.days()).filter((day) => day >= firstDay);
    const texts = await Promise.all(days.map((day) => readFile(path.join(this.dir, `${day}.jsonl`), 'utf8')));
    return since(texts.flatMap(parseJsonLines), from);
  }

  async purge(before: Date): Promise<number> {
    const lastKept = dayOf(before);
    const old = (await this.days()).filter((day) => day < lastKept);
    await Promise.all(old.map((day) => unlink(path.join(this.dir, `${day}.jsonl`))));
    return old.length;
  }

  /**
   * Rewrites each day file without that conversation's records (atomically: a reader sees the old
   * file or the new one). A record the running bot appends during the rewrite of that very file may be lost.
   */
  async erase(conversation: string): Promise<number> {
    let removed = 0;
    for (const day of await this.days()) {
      const file = path.join(this.dir, `${day}.jsonl`);
      const filtered = withoutConversation(await readFile(file, 'utf8'), conversation);
      if (filtered.removed === 0) continue;
      if (filtered.text.trim() === '') await unlink(file);
      else await atomicWriteFile(file, filtered.text);
      removed += filtered.removed;
    }
    return removed;
  }

  private async days(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .map((name) => DAY_FILE.exec(name)?.[1])
      .filter((day): day is string => day !== undefined && DAY_PATTERN.test(day))
      .sort();
  }
}
