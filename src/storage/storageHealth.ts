import type { StorageKind } from '../config/types';

/** The storage part of `GET /healthz`. */
export interface StorageHealth {
  kind: StorageKind;
  /** `degraded` while the backend fails: the bot answers without saved state and queues its writes. */
  status: 'ok' | 'degraded';
  /** Why the backend last failed (kept until it works again). */
  lastError?: string;
  /** Keys whose write (or delete) waits for the backend to come back. */
  pendingWrites: number;
}
