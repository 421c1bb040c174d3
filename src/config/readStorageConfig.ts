import path from 'node:path';
import { configDefaults, storageKinds } from './defaults';
import { configErrors } from './errorMessages';
import type { LearningConfig, StorageConfig } from './types';

/** Reads a trimmed variable ('' when unset). */
type Text = (name: string) => string;

// Azure's container naming rules: lowercase letters, digits and single dashes, 3 to 63 characters.
const CONTAINER_NAME = /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/;
// Shorter salts are guessable enough to undo the hashing of conversation ids.
const MIN_SALT_LENGTH = 16;

/** STORAGE, DATA_DIR, STATE_IDLE_DAYS, AZURE_STORAGE_CONNECTION_STRING, AZURE_STORAGE_CONTAINER. */
export function readStorageConfig(text: Text, problems: string[]): StorageConfig {
  const rawKind = text('STORAGE');
  const kind = rawKind === '' ? configDefaults.storageKind : storageKinds.find((k) => k === rawKind.toLowerCase());
  if (!kind) problems.push(configErrors.storageKindUnknown(rawKind, storageKinds));

  const dataDir = text('DATA_DIR') || configDefaults.dataDir;
  const connectionString = text('AZURE_STORAGE_CONNECTION_STRING') || undefined;
  const container = text('AZURE_STORAGE_CONTAINER') || configDefaults.storageContainer;
  if (kind === 'blob' && !connectionString) problems.push(configErrors.connectionStringRequired());
  if (!CONTAINER_NAME.test(container)) problems.push(configErrors.containerNameInvalid(container));

  const stateIdleDays = readDays(text('STATE_IDLE_DAYS'), configDefaults.stateIdleDays, configErrors.stateIdleDaysInvalid, problems);

  return { kind: kind ?? configDefaults.storageKind, dataDir, stateIdleDays, ...(connectionString ? { connectionString } : {}), container };
}

/** LEARNING_RETENTION_DAYS, LEARNING_SALT, SECRETS_DIR. */
export function readLearningConfig(text: Text, problems: string[]): LearningConfig {
  const retentionDays = readDays(text('LEARNING_RETENTION_DAYS'), configDefaults.learningRetentionDays, configErrors.retentionDaysInvalid, problems);
  const salt = text('LEARNING_SALT');
  if (salt !== '' && salt.length < MIN_SALT_LENGTH) problems.push(configErrors.saltTooShort());
  const secretsDir = text('SECRETS_DIR') || configDefaults.secretsDir;
  const dataDir = text('DATA_DIR') || configDefaults.dataDir;
  if (isSameOrInside(secretsDir, dataDir)) problems.push(configErrors.secretsDirInsideDataDir(secretsDir, dataDir));
  return { retentionDays, ...(salt ? { salt } : {}), secretsDir };
}

/** A whole number of days, at least 1; the default when unset. */
function readDays(raw: string, fallback: number, invalid: (value: string) => string, problems: string[]): number {
  if (raw === '') return fallback;
  if (/^\d+$/.test(raw) && Number(raw) >= 1) return Number(raw);
  problems.push(invalid(raw));
  return fallback;
}

function isSameOrInside(dir: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(dir));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
