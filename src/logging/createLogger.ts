import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { redactPaths } from './redactPaths';
import { requestSummary, responseSummary } from './serializers';

export type { Logger } from 'pino';

/** Pino's level names, plus `silent` to switch logging off (tests). */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface LoggerSettings {
  level: LogLevel;
  /** Human-readable output (pino-pretty) instead of JSON lines. */
  pretty?: boolean;
  /** Where to write JSON lines (tests); standard output when absent. */
  destination?: DestinationStream;
}

/**
 * Structured JSON logger with secrets redacted.
 * @example
 *   const logger = createLogger({ level: 'info', pretty: config.nodeEnv === 'development' });
 */
export function createLogger(settings: LoggerSettings): Logger {
  const options: LoggerOptions = {
    level: settings.level,
    base: { name: 'faq-bot' },
    redact: { paths: [...redactPaths], censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err, req: requestSummary, res: responseSummary },
  };
  if (settings.destination) return pino(options, settings.destination);
  // pino-pretty is a dev dependency: fall back to JSON when it is not installed (production image).
  if (settings.pretty && isInstalled('pino-pretty')) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } });
  }
  // Asynchronous writes: a line costs no system call of its own in the turn; lines written while a write is
  // under way go out together with the next one. Pino writes what waits synchronously when the process exits.
  return pino(options, pino.destination({ dest: 1, sync: false }));
}

function isInstalled(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}
