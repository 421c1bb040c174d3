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
}
