import { configDefaults, storageKinds } from './defaults';
import { configErrors } from './errorMessages';
import type { LearningConfig, StorageConfig } from './types';

/** Reads a trimmed variable ('' when unset). */
type Text = (name: string) => string;

// Azure's container naming rules: lowercase letters, digits and single dashes, 3 to 63 characters.
const CONTAINER_NAME = /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/;
// Shorter salts are guessable enough to undo the hashing of conversation ids.
const MIN_SALT_LENGTH = 16;

/** STORAGE, DATA_DIR, AZURE_STORAGE_CONNECTION_STRING, AZURE_STORAGE_CONTAINER. */
export function readStorageConfig(text: Text, problems: string[]): StorageConfig {
  const rawKind = text('STORAGE');
  const kind = rawKind === '' ? configDefaults.storageKind : storageKinds.find((k) => k === rawKind.toLowerCase());
  if (!kind) problems.push(configErrors.storageKindUnknown(rawKind, storageKinds));

  const dataDir = text('DATA_DIR') || configDefaults.dataDir;
  const connectionString = text('AZURE_STORAGE_CONNECTION_STRING') || undefined;
  const container = text('AZURE_STORAGE_CONTAINER') || configDefaults.storageContainer;
  if (kind === 'blob' && !connectionString) problems.push(configErrors.connectionStringRequired());
  if (!CONTAINER_NAME.test(container)) problems.push(configErrors.containerNameInvalid(container));

  return { kind: kind ?? configDefaults.storageKind, dataDir, ...(connectionString ? { connectionString } : {}), container };
}

/** LEARNING_RETENTION_DAYS, LEARNING_SALT. */
export function readLearningConfig(text: Text, problems: string[]): LearningConfig {
  const rawDays = text('LEARNING_RETENTION_DAYS');
  let retentionDays: number = configDefaults.learningRetentionDays;
  if (rawDays !== '') {
    const days = Number(rawDays);
    if (/^\d+$/.test(rawDays) && days >= 1) retentionDays = days;
    else problems.push(configErrors.retentionDaysInvalid(rawDays));
  }
  const salt = text('LEARNING_SALT');
  if (salt !== '' && salt.length < MIN_SALT_LENGTH) problems.push(configErrors.saltTooShort());
  return { retentionDays, ...(salt ? { salt } : {}) };
}
