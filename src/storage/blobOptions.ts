import type { StoragePipelineOptions } from '@azure/storage-blob';

/**
 * Few, short retries: the resilient wrapper already answers without state when the store is down,
 * so a call should fail fast rather than hold a turn through the SDK's default backoff (up to minutes).
 */
export const blobPipelineOptions: StoragePipelineOptions = Object.freeze({
  retryOptions: { maxTries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 500, tryTimeoutInMs: 5_000 },
});
