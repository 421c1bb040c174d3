/** How the bot's Azure identity is set up (the Azure Bot resource's "Type of App"). */
export type MicrosoftAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

/** Pino's level names, plus `silent` to switch logging off (tests). */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Bot Framework credentials, under the names Azure Bot Service and the SDK use. */
export interface BotCredentials {
  MicrosoftAppId: string;
  MicrosoftAppPassword: string;
  MicrosoftAppType: MicrosoftAppType;
  MicrosoftAppTenantId: string;
}

/** The application's configuration, validated once at start. Immutable. */
export interface AppConfig {
  /** Port of the HTTP server (0 picks a free port). */
  port: number;
  /** Interface to listen on; undefined = all interfaces. */
  host?: string;
  /** Folder of the YAML knowledge base. */
  knowledgeDir: string;
  /** Reload the knowledge base when its files change. */
  knowledgeWatch: boolean;
  logLevel: LogLevel;
  nodeEnv: string;
  /** Decision thresholds overriding the answerer's defaults (scores in [0, 1]). */
  answering: { answerThreshold?: number; suggestThreshold?: number };
  /** Empty App ID and password: local use with the Emulator or the Agents Playground, no auth. */
  bot: BotCredentials;
  /** Where conversation state and learning records are kept. */
  storage: StorageConfig;
  /** Learning-loop records (unanswered questions, did-you-mean choices, votes). */
  learning: LearningConfig;
}

/** `memory`: lost on restart; `file`: JSON files under `dataDir`; `blob`: Azure Blob Storage, shared by instances. */
export type StorageKind = 'memory' | 'file' | 'blob';

export interface StorageConfig {
  kind: StorageKind;
  /** Folder of the file storage, the learning records (file) and the generated hashing salt. */
  dataDir: string;
  /** Azure Storage connection string (required for `blob`). Never logged. */
  connectionString?: string;
  /** Blob container holding state and learning records (`blob`). */
  container: string;
}

export interface LearningConfig {
  /** Records older than this are deleted (on start, then daily). */
  retentionDays: number;
  /** Secret used to hash conversation ids; generated and kept under `dataDir` when absent. Never logged. */
  salt?: string;
}
