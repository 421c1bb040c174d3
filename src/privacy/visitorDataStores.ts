import path from 'node:path';
import type { LearningConfig, StorageConfig } from '../config/types';
import { createConversationHasher } from '../learning/conversationHasher';
import { createLearningStore } from '../learning/createLearningStore';
import { resolveLearningSalt } from '../learning/learningSalt';
import type { LearningStore } from '../learning/types';
import { createBackendStorage } from '../storage/createStorage';
import { isSweepable, type SweepableStorage } from '../storage/sweepableStorage';

/** Where the bot keeps what it knows of visitors, opened as the bot opens it (same configuration). */
export interface VisitorDataStores {
  /** Conversation state (file or Blob); none with STORAGE=memory (the bot's memory dies with it). */
  state?: SweepableStorage;
  learning: LearningStore;
  /** The learning recorder's hash of a conversation id (same salt). */
  hashConversation: (conversationId: string) => string;
}

/**
 * Opens the stores of a running deployment from its configuration, for the data tools
 * (`npm run data:erase`, `npm run data:sweep`). With STORAGE=memory there is nothing to open.
 */
export async function openVisitorDataStores(config: { storage: StorageConfig; learning: LearningConfig }): Promise<VisitorDataStores | undefined> {
  if (config.storage.kind === 'memory') return undefined;
  const backend = createBackendStorage(config.storage);
  const salt = await resolveLearningSalt(config.learning.salt, {
    secretsDir: path.resolve(config.learning.secretsDir),
    dataDir: path.resolve(config.storage.dataDir),
  });
  return {
    ...(isSweepable(backend) ? { state: backend } : {}),
    learning: createLearningStore(config.storage),
    hashConversation: createConversationHasher(salt),
  };
}
