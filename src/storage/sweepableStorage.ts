import type { Storage } from 'botbuilder';

/** How long state lives without being written, and the clock to measure it (tests move it forward). */
export interface IdleExpiry {
  /** State last written longer ago than this is expired. */
  idleMs: number;
  /** Milliseconds since the epoch; `Date.now` by default. */
  now?: () => number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** True when `lastWritten` is older than the idle time (never, without an expiry). */
export function isIdle(lastWritten: Date | undefined, expiry: IdleExpiry | undefined): boolean {
  if (!expiry || !lastWritten) return false;
  return (expiry.now ?? Date.now)() - lastWritten.getTime() > expiry.idleMs;
}

/**
 * A state store that forgets visitors: expired state is not returned on read, and can be swept away;
 * items can be erased by key (a visitor's request) without knowing their exact key in advance.
 * Implemented by the file and Blob stores; `MemoryStorage` forgets everything on restart anyway.
 */
export interface SweepableStorage extends Storage {
  /** Deletes every item past the idle time; returns how many were deleted. */
  sweepExpired(): Promise<number>;
  /** Deletes every item whose key matches, expired or not; returns their keys. */
  deleteWhere(matches: (key: string) => boolean): Promise<string[]>;
}

export function isSweepable(storage: Storage): storage is SweepableStorage {
  const candidate = storage as Partial<SweepableStorage>;
  return typeof candidate.sweepExpired === 'function' && typeof candidate.deleteWhere === 'function';
}
