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
  saltTooShort: () => 'LEARNING_SALT must be at least 16 characters long (or empty: a random salt is generated under SECRETS_DIR).',
  stateIdleDaysInvalid: (value: string) => `STATE_IDLE_DAYS must be a whole number of days, at least 1 (got "${value}").`,
  secretsDirInsideDataDir: (secretsDir: string, dataDir: string) =>
    `SECRETS_DIR (${secretsDir}) must not be DATA_DIR (${dataDir}) or a folder inside it: the salt would sit beside the data it protects.`,
  colorInvalid: (name: string, value: string) => `${name} must be a hex colour such as #1f4e79 (got "${value}").`,
  botNameInvalid: (max: number) => `WIDGET_BOT_NAME must be 1 to ${max} characters, without < or >.`,
  profileInvalid: (value: string) => `WIDGET_PROFILE must be a profile id such as developpeur-back-end (got "${value}").`,
  originInvalid: (value: string) =>
    `WIDGET_ALLOWED_ORIGINS must be * or origins such as https://www.example.fr, separated by spaces (got "${value}").`,
  directLineModeUnknown: (value: string) => `DIRECT_LINE_MODE must be builtin or azure (got "${value}").`,
  directLineSecretRequired: () =>
    'DIRECT_LINE_SECRET is required for DIRECT_LINE_MODE=azure (Azure portal: Azure Bot > Channels > Direct Line > secret keys).',
  directLineEndpointInvalid: (value: string) => `DIRECT_LINE_ENDPOINT must be an http(s) URL (got "${value}").`,
  redisUrlInvalid: (value: string) =>
    `REDIS_URL must be redis://[user:password@]host[:port][/db] or rediss://… for TLS, e.g. rediss://:KEY@example.redis.cache.windows.net:6380 (got "${value}").`,
  positiveIntegerExpected: (name: string, value: string, max: number) =>
    `${name} must be a whole number between 1 and ${max} (got "${value}").`,
  handoffUrlInvalid: (value: string) => `HANDOFF_URL must be an http(s) address without spaces or brackets (got "${value}").`,
  handoffEmailInvalid: (value: string) => `HANDOFF_EMAIL must be an e-mail address like conseil@example.org (got "${value}").`,
  handoffPhoneInvalid: (value: string) =>
    `HANDOFF_PHONE must be a phone number of digits, spaces, dots, dashes or parentheses, optionally starting with + (got "${value}").`,
  integerOutOfRange: (name: string, value: string, min: number, max: number) =>
    `${name} must be a whole number between ${min} and ${max} (got "${value}").`,
  credentialsRequiredInProduction: () =>
    'MicrosoftAppId is empty while NODE_ENV=production: set MicrosoftAppId and MicrosoftAppPassword (the Azure Bot\'s credentials), ' +
    'or set ALLOW_UNAUTHENTICATED=true to run without them (/api/messages then serves this machine only: Emulator, Agents Playground).',
  botSdkUnknown: (value: string) =>
    `BOT_SDK must be botbuilder (Bot Framework SDK 4, the default) or agents (Microsoft 365 Agents SDK) (got "${value}").`,
  agentsSdkNeedsCredentialsInProduction: () =>
    'BOT_SDK=agents needs MicrosoftAppId when NODE_ENV=production: the Microsoft 365 Agents SDK refuses to run without ' +
    'credentials in production, whatever ALLOW_UNAUTHENTICATED says. Set the credentials, or use BOT_SDK=botbuilder.',
  header: (count: number) => `Invalid configuration (${count} problem${count > 1 ? 's' : ''}):`,
} as const;
