import type { Server } from 'restify';
import type { Logger } from '../logging/createLogger';
import { stopServer } from './stopServer';

/** How long in-flight turns get to finish on shutdown before their connections are cut. */
export const shutdownTimeoutMs = 10_000;

export interface ShutdownOptions {
  server: Server;
  logger: Logger;
  /** Closed once the server has stopped (the knowledge watcher...). */
  resources: Array<{ close(): Promise<void> | void }>;
  timeoutMs?: number;
  /** process.exit by default; replaceable in tests. */
  exit?: (code: number) => void;
}

/**
 * On SIGTERM or SIGINT: stop accepting, let in-flight turns finish, close resources, exit 0.
 * A second signal during shutdown gets Node's default behaviour (immediate exit).
 */
export function handleShutdownSignals(options: ShutdownOptions): () => Promise<void> {
  const { server, logger, resources, timeoutMs = shutdownTimeoutMs, exit = (code) => process.exit(code) } = options;
  let stopping: Promise<void> | undefined;
  const shutdown = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal, inFlight: server.inflightRequests() }, 'Shutting down: finishing the requests in flight');
      const drained = await stopServer(server, timeoutMs);
      if (!drained) logger.warn({ timeoutMs }, 'Shutdown timeout: remaining connections were cut');
      let code = 0;
      for (const resource of resources) {
        try {
          await resource.close();
        } catch (error) {
          logger.error({ err: error }, 'A resource failed to close');
          code = 1;
        }
      }
      logger.info({ code }, 'Stopped');
      await flushLogs(logger);
      exit(code);
    })();
    return stopping;
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  return () => shutdown('manual');
}

/** Log lines are written asynchronously: the last ones go out, in order, before the process exits (1 s at most). */
function flushLogs(logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    timer.unref();
    logger.flush(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
