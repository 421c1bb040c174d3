/**
 * The SDK's storages (MemoryStorage, BlobsStorage) and ours report an optimistic-concurrency
 * conflict with this wording: it is a real answer from a working backend, not an outage.
 */
export function eTagConflictError(key: string): Error {
  return new Error(`Storage: error writing "${key}" due to eTag conflict.`);
}

export function isETagConflict(error: unknown): boolean {
  return error instanceof Error && /due to eTag conflict/.test(error.message);
}
