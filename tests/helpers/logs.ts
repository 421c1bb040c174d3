import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logging/createLogger';

/** A logger writing JSON lines into memory, to assert on what was logged (and what never was). */
export interface CapturedLogs {
  logger: Logger;
  /** Every line written so far, as written. */
  text(): string;
  /** Every line, parsed. */
  records(): Array<Record<string, unknown>>;
}

export function captureLogs(level: 'info' | 'debug' = 'info'): CapturedLogs {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const logger = createLogger({ level, destination });
  return {
    logger,
    text: () => lines.join('\n'),
    records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** A logger that writes nothing. */
export const silentLogger: Logger = createLogger({ level: 'silent' });
