/**
 * Every configuration error message, in one place: consistent wording, easy to test.
 * Each names the variable to fix, so a failed start says what to change in `.env`.
 */
export const configErrors = {
  portNotInteger: (value: string) => `PORT must be an integer between 0 and 65535 (got "${value}").`,
  appTypeUnknown: (value: string) =>
    `MicrosoftAppType must be one of MultiTenant, SingleTenant, UserAssignedMSI (got "${value}").`,
  appIdRequired: (appType: string) => `MicrosoftAppId is required for ${appType}.`,
  passwordRequired: (appType: string) => `MicrosoftAppPassword is required for ${appType} when MicrosoftAppId is set.`,
  passwordWithoutAppId: () => 'MicrosoftAppPassword is set but MicrosoftAppId is empty: set both, or neither for local use.',
  passwordForbiddenForMsi: () => 'MicrosoftAppPassword must be empty for UserAssignedMSI (the managed identity has no password).',
  tenantRequired: (appType: string) => `MicrosoftAppTenantId is required for ${appType}.`,
  logLevelUnknown: (value: string, allowed: readonly string[]) =>
    `LOG_LEVEL must be one of ${allowed.join(', ')} (got "${value}").`,
  knowledgeDirEmpty: () => 'KNOWLEDGE_DIR must not be empty (default: ./knowledge).',
  booleanExpected: (name: string, value: string) => `${name} must be true or false (got "${value}").`,
  thresholdOutOfRange: (name: string, value: string) => `${name} must be a number between 0 and 1 (got "${value}").`,
  thresholdsOrder: (suggest: number, answer: number) =>
    `SUGGEST_THRESHOLD (${suggest}) must not be above ANSWER_THRESHOLD (${answer}).`,
  storageKindUnknown: (value: string, allowed: readonly string[]) =>
    `STORAGE must be one of ${allowed.join(', ')} (got "${value}").`,
  connectionStringRequired: () =>
    'AZURE_STORAGE_CONNECTION_STRING is required for STORAGE=blob (Azure portal: storage account > Access keys).',
  containerNameInvalid: (value: string) =>
    `AZURE_STORAGE_CONTAINER must be 3-63 lowercase letters, digits or single dashes, starting with a letter or digit (got "${value}").`,
  retentionDaysInvalid: (value: string) => `LEARNING_RETENTION_DAYS must be a whole number of days, at least 1 (got "${value}").`,
  saltTooShort: () => 'LEARNING_SALT must be at least 16 characters long (or empty: a random salt is generated under DATA_DIR).',
  header: (count: number) => `Invalid configuration (${count} problem${count > 1 ? 's' : ''}):`,
} as const;
