/** Thrown when a storage call takes longer than allowed: the backend is treated as unavailable. */
export class StorageTimeoutError extends Error {
  constructor(operation: string, ms: number) {
    super(`Storage ${operation} took longer than ${ms} ms`);
    this.name = 'StorageTimeoutError';
  }
}

/**
 * Settles with `promise`, or rejects with a StorageTimeoutError after `ms`.
 * The underlying call is not cancelled (the SDKs offer no way to): its late result is ignored.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, operation: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StorageTimeoutError(operation, ms)), ms);
    timer.unref();
  });
  // A late rejection of the abandoned call must not surface as an unhandled rejection.
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
