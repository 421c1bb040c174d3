import type { Logger } from '../logging/createLogger';
import type { SweepableStorage } from './sweepableStorage';

/** Expired state does not stay on disk longer than this after its idle time. */
export const STATE_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export interface StateSweepOptions {
  storage: SweepableStorage;
  logger: Logger;
  /** For the log line. */
  idleDays: number;
  /** How often to sweep after the first time (default: hourly). */
  intervalMs?: number;
}

/** The running sweep: `close()` stops it (server shutdown). */
export interface StateSweep {
  /** The first sweep, started at once. */
  swept: Promise<number>;
  close(): void;
}

/**
 * Deletes conversation state past its idle time once now, then every hour, so that what visitors
 * typed is not kept longer than needed. A failed sweep is logged and tried again at the next one.
 * @example const sweep = startStateSweep({ storage: storage.backend, logger, idleDays: 30 }); sweep.close();
 */
export function startStateSweep(options: StateSweepOptions): StateSweep {
  const { storage, logger, idleDays, intervalMs = STATE_SWEEP_INTERVAL_MS } = options;
  let running: Promise<number> | undefined;
  const sweep = (): Promise<number> =>
    (running ??= sweepOnce(storage, logger, idleDays).finally(() => (running = undefined)));
  const swept = sweep();
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  return { swept, close: () => clearInterval(timer) };
}

/** One sweep (also what `npm run data:sweep` runs). Never throws: returns 0 after logging a failure. */
export async function sweepOnce(storage: SweepableStorage, logger: Logger, idleDays: number): Promise<number> {
  try {
    const deleted = await storage.sweepExpired();
    if (deleted > 0) logger.info({ deleted, idleDays }, 'Conversation state past its idle time deleted');
    return deleted;
  } catch (error) {
    logger.warn({ err: error }, 'Could not delete expired conversation state; will try again at the next sweep');
    return 0;
  }
}
