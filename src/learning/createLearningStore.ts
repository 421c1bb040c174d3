import path from 'node:path';
import type { StorageConfig } from '../config/types';
import type { BlobLearningStore } from './blobLearningStore';
import { FileLearningStore } from './fileLearningStore';
import { MemoryLearningStore } from './memoryLearningStore';
import type { LearningEvent, LearningStore } from './types';

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
      return new LazyBlobLearningStore(config.connectionString, config.container);
  }
}

/** The records in Azure Blob Storage, Azure's SDK loaded on the first call (see LazyBlobStateStorage). */
class LazyBlobLearningStore implements LearningStore {
  private loaded?: Promise<BlobLearningStore>;

  constructor(
    private readonly connectionString: string,
    private readonly container: string,
  ) {}

  async append(event: LearningEvent): Promise<void> {
    return (await this.inner()).append(event);
  }

  async list(since: Date): Promise<LearningEvent[]> {
    return (await this.inner()).list(since);
  }

  async purge(before: Date): Promise<number> {
    return (await this.inner()).purge(before);
  }

  async erase(conversation: string): Promise<number> {
    return (await this.inner()).erase(conversation);
  }

  private inner(): Promise<BlobLearningStore> {
    this.loaded ??= import('./blobLearningStore.js').then((module) => module.blobLearningStoreFor(this.connectionString, this.container));
    this.loaded.catch(() => (this.loaded = undefined));
    return this.loaded;
  }
}
