import type { Logger } from '../logging/createLogger';
import { withTimeout } from '../storage/withTimeout';
import type { LearningEvent, LearningStore } from './types';

export interface ResilientLearningStoreOptions {
  logger: Logger;
  /** An append slower than this counts as a failure (default 2 s). */
  timeoutMs?: number;
  /** Records kept in memory while the store is down, oldest dropped beyond (default 5000). */
  maxBacklog?: number;
}

/**
 * Records are worth keeping but never worth a slow or failed turn: when the store fails, records wait
 * in memory (bounded) and are written, in order, with the next append that works (or `flush()`).
 *
 * An append is written once the current turn of the event loop is over, with every other record made
 * meanwhile (`appendMany`: one write for the lot on file storage), and resolves when it is stored, as before.
 * Writes run one at a time, so that a record is never written twice.
 */
export class ResilientLearningStore implements LearningStore {
  private backlog: LearningEvent[] = [];
  private failing = false;
  /** The write due at the end of this turn of the event loop, shared by the records made until then. */
  private due: Promise<boolean> | undefined;
  /** The write running (or the last one): the next waits for it. */
  private writing: Promise<unknown> = Promise.resolve();
  private readonly timeoutMs: number;
  private readonly maxBacklog: number;

  constructor(
    readonly inner: LearningStore,
    private readonly options: ResilientLearningStoreOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? 2_000;
    this.maxBacklog = options.maxBacklog ?? 5_000;
  }

  /** Records waiting for the store. */
  get pending(): number {
    return this.backlog.length;
  }

  async append(event: LearningEvent): Promise<void> {
    this.backlog.push(event);
    if (this.backlog.length > this.maxBacklog) this.backlog.shift();
    this.due ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.due = undefined;
      return this.flush();
    });
    await this.due;
  }

  /** Writes what waits, in order; false when the store still fails. */
  flush(): Promise<boolean> {
    const run = this.writing.then(() => this.writeBacklog());
    this.writing = run;
    return run;
  }

  private async writeBacklog(): Promise<boolean> {
    while (this.backlog.length > 0) {
      const batch = this.backlog.slice();
      let written = 0;
      try {
        if (this.inner.appendMany) {
          await withTimeout(this.inner.appendMany(batch), this.timeoutMs, 'learning append').catch((error: unknown) => {
            written = typeof (error as { written?: unknown }).written === 'number' ? (error as { written: number }).written : 0;
            throw error;
          });
          written = batch.length;
        } else {
          for (const event of batch) {
            await withTimeout(this.inner.append(event), this.timeoutMs, 'learning append');
            written++;
          }
        }
      } catch (error) {
        this.drop(batch, written);
        if (!this.failing) this.options.logger.warn({ err: error, pending: this.backlog.length }, 'Learning store unavailable: records kept in memory');
        this.failing = true;
        return false;
      }
      this.drop(batch, written);
    }
    if (this.failing) this.options.logger.info('Learning store available again: pending records written');
    this.failing = false;
    return true;
  }

  /** Takes the first `count` records of `batch`, now stored, out of the backlog (which may have changed meanwhile). */
  private drop(batch: readonly LearningEvent[], count: number): void {
    if (count === 0) return;
    const stored = new Set(batch.slice(0, count));
    this.backlog = this.backlog.filter((event) => !stored.has(event));
  }

  list(from: Date): Promise<LearningEvent[]> {
    return this.inner.list(from);
  }

  purge(before: Date): Promise<number> {
    return this.inner.purge(before);
  }

  /** Records still waiting are erased too. */
  async erase(conversation: string): Promise<number> {
    const waiting = this.backlog.length;
    this.backlog = this.backlog.filter((event) => event.conversation !== conversation);
    return waiting - this.backlog.length + (await this.inner.erase(conversation));
  }
}
