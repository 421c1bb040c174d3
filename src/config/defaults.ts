import type { LogLevel, StorageKind } from './types';

/** Defaults of the optional settings, frozen in one place. */
export const configDefaults = Object.freeze({
  port: 3978,
  knowledgeDir: './knowledge',
  knowledgeWatch: true,
  logLevel: 'info' as LogLevel,
  nodeEnv: 'production',
  storageKind: 'file' as StorageKind,
  dataDir: './data',
  storageContainer: 'faq-bot',
  learningRetentionDays: 90,
});

export const storageKinds: readonly StorageKind[] = ['memory', 'file', 'blob'];

export const logLevels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
