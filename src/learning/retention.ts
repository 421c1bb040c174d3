import type { Logger } from '../logging/createLogger';
import { daysBefore } from './day';
import type { LearningStore } from './types';

export const RETENTION_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface RetentionOptions {
  store: LearningStore;
  retentionDays: number;
  logger: Logger;
  now?: () => Date;
  /** How often to purge after the first time (default: daily). */
  intervalMs?: number;
}

/** Deletes the records past retention once now, then every day. Returns a function that stops it. */
export function startRetention(options: RetentionOptions): { purged: Promise<number>; stop(): void } {
  const { store, retentionDays, logger, now = () => new Date(), intervalMs = RETENTION_CHECK_INTERVAL_MS } = options;
  const purge = async (): Promise<number> => {
    try {
      const days = await store.purge(daysBefore(now(), retentionDays));
      if (days > 0) logger.info({ days, retentionDays }, 'Learning records past retention deleted');
      return days;
    } catch (error) {
      logger.warn({ err: error }, 'Could not delete learning records past retention; will try again tomorrow');
      return 0;
    }
  };
  const purged = purge();
  const timer = setInterval(() => void purge(), intervalMs);
  timer.unref();
  return { purged, stop: () => clearInterval(timer) };
}
