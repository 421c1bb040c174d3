import type { StoragePipelineOptions } from '@azure/storage-blob';

/**
 * Few, short retries: the resilient wrapper already answers without state when the store is down,
 * so a call should fail fast rather than hold a turn through the SDK's default backoff (up to minutes).
 * A new object each time: the SDK writes into the options it is given.
 */
export function blobPipelineOptions(): StoragePipelineOptions {
  return { retryOptions: { maxTries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 500, tryTimeoutInMs: 5_000 } };
}

/**
 * Folder of the learning records in the state container (the learning store writes there, the state
 * storage leaves it alone); state blobs never contain a real `/`.
 */
export const LEARNING_PREFIX = 'learning/';
