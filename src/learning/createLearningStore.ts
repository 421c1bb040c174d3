import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import type { LearningConfig, StorageConfig } from '../config/types';
import type { Logger } from '../logging/createLogger';
import { blobPipelineOptions } from '../storage/blobOptions';
import { BlobLearningStore } from './blobLearningStore';
import { FileLearningStore } from './fileLearningStore';
import { createLearningRecorder } from './learningRecorder';
import { resolveLearningSalt } from './learningSalt';
import { MemoryLearningStore } from './memoryLearningStore';
import { ResilientLearningStore } from './resilientLearningStore';
import { startRetention } from './retention';
import type { LearningRecorder, LearningStore } from './types';

/** Sub-folder of DATA_DIR holding the daily record files. */
export const LEARNING_FOLDER = 'learning';

/** The records' store named by the storage configuration: beside the bot state, in the same place. */
export function createLearningStore(config: StorageConfig): LearningStore {
  switch (config.kind) {
    case 'memory':
      return new MemoryLearningStore();
    case 'file':
      return new FileLearningStore(path.resolve(config.dataDir, LEARNING_FOLDER));
    case 'blob':
      if (!config.connectionString) throw new Error('AZURE_STORAGE_CONNECTION_STRING is required for STORAGE=blob.');
      return new BlobLearningStore(new ContainerClient(config.connectionString, config.container, blobPipelineOptions()));
  }
}

/** The running learning loop: the recorder the bot calls, its store, and retention. */
export interface Learning {
  recorder: LearningRecorder;
  store: ResilientLearningStore;
  /** Stops the daily purge and writes what waits. */
  close(): Promise<void>;
}

/**
 * Opens the learning loop as configured: store, salt, recorder, and retention (purge now, then daily).
 * @example const learning = await openLearning(config, logger); new FaqBot({ ..., recorder: learning.recorder });
 */
export async function openLearning(config: { storage: StorageConfig; learning: LearningConfig }, logger: Logger): Promise<Learning> {
  const store = new ResilientLearningStore(createLearningStore(config.storage), { logger });
  // In memory the records die with the process: so may the salt.
  const salt =
    config.storage.kind === 'memory'
      ? (config.learning.salt ?? randomBytes(32).toString('hex'))
      : await resolveLearningSalt(config.learning.salt, path.resolve(config.storage.dataDir));
  if (config.storage.kind === 'blob' && !config.learning.salt) {
    logger.warn('LEARNING_SALT is not set: each instance hashes conversation ids with its own salt (set the same one everywhere)');
  }
  const retention = startRetention({ store, retentionDays: config.learning.retentionDays, logger });
  return {
    recorder: createLearningRecorder({ store, salt }),
    store,
    close: async () => {
      retention.stop();
      await store.flush();
    },
  };
}
