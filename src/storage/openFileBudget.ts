import { readFileSync } from 'node:fs';

/**
 * How many state files the file storage may keep open: a quarter of the process's limit on open files
 * (sockets, logs and the learning records need the rest), at most 2,048 (the conversations of a busy bot's
 * last minutes), at least 64. Node raises its soft limit to the hard one at start; Linux
 * tells it in /proc/self/limits, elsewhere the usual 1,024 is assumed.
 */
export function openStateFileBudget(limitsText: string | undefined = readLimits()): number {
  const limit = Number(/^Max open files\s+(\d+)/m.exec(limitsText ?? '')?.[1] ?? 1024);
  return Math.max(64, Math.min(2048, Math.floor(limit / 4)));
}

function readLimits(): string | undefined {
  try {
    return readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return undefined;
  }
}
