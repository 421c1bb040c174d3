import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { LearningConfig, StorageConfig } from '../config/types';
import type { Logger } from '../logging/createLogger';
import { createLearningStore } from './createLearningStore';
import { createLearningRecorder } from './learningRecorder';
import { resolveLearningSalt } from './learningSalt';
import { ResilientLearningStore } from './resilientLearningStore';
import { startRetention } from './retention';
import type { LearningRecorder } from './types';

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
      : await resolveLearningSalt(config.learning.salt, {
          secretsDir: path.resolve(config.learning.secretsDir),
          dataDir: path.resolve(config.storage.dataDir),
        });
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
