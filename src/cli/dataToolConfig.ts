import dotenv from 'dotenv';
import { readLearningConfig, readStorageConfig } from '../config/readStorageConfig';
import type { LearningConfig, StorageConfig } from '../config/types';

/** The storage part of the bot's configuration (same variables, same `.env`), or the problems found. */
export function readDataToolConfig(): { storage: StorageConfig; learning: LearningConfig } | { problems: string[] } {
  dotenv.config({ quiet: true });
  const problems: string[] = [];
  const text = (name: string) => process.env[name]?.trim() ?? '';
  const storage = readStorageConfig(text, problems);
  const learning = readLearningConfig(text, problems);
  return problems.length > 0 ? { problems } : { storage, learning };
}
