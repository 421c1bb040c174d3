import dotenv from 'dotenv';
import { readLearningConfig, readStorageConfig } from '../config/readStorageConfig';
import type { LearningConfig, StorageConfig } from '../config/types';
import { dataToolMessages as say } from '../privacy/dataToolMessages';
import { openVisitorDataStores, type VisitorDataStores } from '../privacy/visitorDataStores';

export interface DataToolConfig {
  storage: StorageConfig;
  learning: LearningConfig;
}

/** The storage part of the bot's configuration (same variables, same `.env`), or the problems found. */
export function readDataToolConfig(): DataToolConfig | { problems: string[] } {
  dotenv.config({ quiet: true });
  const problems: string[] = [];
  const text = (name: string) => process.env[name]?.trim() ?? '';
  const storage = readStorageConfig(text, problems);
  const learning = readLearningConfig(text, problems);
  return problems.length > 0 ? { problems } : { storage, learning };
}

/**
 * What both data tools do first: read the configuration and open the stores. Returns the exit code to
 * stop with (after printing why: 1 for a bad configuration, 0 for memory storage, which keeps nothing).
 */
export async function openDataToolStores(): Promise<{ config: DataToolConfig; stores: VisitorDataStores } | { exitCode: number }> {
  const config = readDataToolConfig();
  if ('problems' in config) {
    console.error([say.invalidConfiguration, ...config.problems.map((p) => `  - ${p}`)].join('\n'));
    return { exitCode: 1 };
  }
  const stores = await openVisitorDataStores(config);
  if (!stores) {
    console.log(say.memoryStorage);
    return { exitCode: 0 };
  }
  return { config, stores };
}

/** A data tool that failed on the stores: says so without the stack, exit code 2. */
export function dataToolFailed(error: unknown): number {
  console.error(say.storeFailed, error instanceof Error ? error.message : error);
  return 2;
}
