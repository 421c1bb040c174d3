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
 */
export class ResilientLearningStore implements LearningStore {
  private backlog: LearningEvent[] = [];
  private failing = false;
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
    await this.flush();
  }

  /** Writes what waits, in order; false when the store still fails. */
  async flush(): Promise<boolean> {
    while (this.backlog.length > 0) {
      const next = this.backlog[0];
      try {
        await withTimeout(this.inner.append(next), this.timeoutMs, 'learning append');
      } catch (error) {
        if (!this.failing) this.options.logger.warn({ err: error, pending: this.backlog.length }, 'Learning store unavailable: records kept in memory');
        this.failing = true;
        return false;
      }
      if (this.backlog[0] === next) this.backlog.shift();
    }
    if (this.failing) this.options.logger.info('Learning store available again: pending records written');
    this.failing = false;
    return true;
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
