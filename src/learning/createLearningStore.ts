import path from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import type { StorageConfig } from '../config/types';
import { blobPipelineOptions } from '../storage/blobOptions';
import { BlobLearningStore } from './blobLearningStore';
import { FileLearningStore } from './fileLearningStore';
import { MemoryLearningStore } from './memoryLearningStore';
import type { LearningStore } from './types';

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
