import type { AdminConfig } from './readAdminConfig';
import type { LogLevel } from '../logging/createLogger';

/** How the bot's Azure identity is set up (the Azure Bot resource's "Type of App"). */
export type MicrosoftAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

/** The logger's level names (LOG_LEVEL), defined with the logger. */
export type { LogLevel };

/** Which SDK runs the Bot Framework protocol (setting BOT_SDK). */
export type BotSdk = 'botbuilder' | 'agents';

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
  /** Which SDK hosts the bot on /api/messages (BOT_SDK): botbuilder 4 or the Microsoft 365 Agents SDK. */
  botSdk: BotSdk;
  /** How a person reaches an advisor when they ask for one (none invented: each is optional). */
  handoff: HandoffConfig;
  /** Where conversation state and learning records are kept. */
  storage: StorageConfig;
  /** Learning-loop records (unanswered questions, did-you-mean choices, votes). */
  learning: LearningConfig;
  /** The website chat widget (bubble, panel, Web Chat). */
  widget: WidgetConfig;
  /** How the widget reaches the bot: Azure Direct Line, or the bot's built-in Direct Line. */
  directLine: DirectLineConfig;
  /** Deadlines and limits of /api/messages and /api/ask. */
  endpoints: EndpointSecurityConfig;
  /** The staff page /admin (ADMIN_SECRET); absent or without a secret: no page. */
  admin?: AdminConfig;
}

/** What protects the HTTP endpoints beyond authentication. */
export interface EndpointSecurityConfig {
  /** A turn of /api/messages that takes longer is answered 503 (it may go on in the background). */
  turnTimeoutMs: number;
  /** Requests one client IP may send to /api/ask per minute (429 above). */
  askRequestsPerMinute: number;
  /** Start without credentials even with NODE_ENV=production (/api/messages stays loopback-only). */
  allowUnauthenticated: boolean;
}

/** Contact details given when someone asks for a person. */
export interface HandoffConfig {
  /** Contact page or booking link, http(s). */
  url?: string;
  email?: string;
  phone?: string;
}

/** `memory`: lost on restart; `file`: JSON files under `dataDir`; `blob`: Azure Blob Storage, shared by instances. */
export type StorageKind = 'memory' | 'file' | 'blob';

export interface StorageConfig {
  kind: StorageKind;
  /** Folder of the file storage and of the learning records (`file`). */
  dataDir: string;
  /** Conversation state nobody wrote to for this many days is no longer read, and is deleted by the hourly sweep. */
  stateIdleDays: number;
  /** Azure Storage connection string (required for `blob`). Never logged. */
  connectionString?: string;
  /** Blob container holding state and learning records (`blob`). */
  container: string;
}

export interface LearningConfig {
  /** Records older than this are deleted (on start, then daily). */
  retentionDays: number;
  /** Secret used to hash conversation ids; generated and kept under `secretsDir` when absent. Never logged. */
  salt?: string;
  /** Folder of the generated salt, outside `dataDir` (created owner-only). */
  secretsDir: string;
}

/** What the website widget looks like; served to pages as JSON at /widget/config (nothing secret here). */
export interface WidgetConfig {
  /** Shown in the panel's title and the bubble's label. */
  botName: string;
  /** CSS hex colours: the bubble and header (primary), Web Chat's accent (buttons, links). */
  primaryColor: string;
  accentColor: string;
  /** Knowledge profile the widget's questions are about (sent as `channelData.profile`); empty = all. */
  profile: string;
  /** Origins allowed to embed the widget's frame (`frame-ancestors`); `*` = any site. */
  allowedOrigins: readonly string[];
}

/** `builtin`: the bot serves the Direct Line subset itself (no Azure); `azure`: Azure Bot Service's Direct Line channel. */
export type DirectLineMode = 'builtin' | 'azure';

export interface DirectLineConfig {
  mode: DirectLineMode;
  /** Direct Line channel secret (`azure`), exchanged for conversation tokens by the bot. Never logged, never sent to pages. */
  secret?: string;
  /** Base URL of the Direct Line API (`azure`), without a trailing slash. */
  endpoint: string;
  /** A built-in conversation nobody posted to for this long is deleted (its token stops working). */
  idleMinutes: number;
  /** New conversations (or Azure tokens) one client IP may start per hour. */
  conversationsPerHour: number;
  /** Activities a visitor may post into one conversation per minute. */
  activitiesPerMinute: number;
  /** Polls (GET activities) of one built-in conversation per minute. */
  pollsPerMinute: number;
  /** Megabytes of activities the built-in Direct Line keeps in memory, all conversations together. */
  memoryMegabytes: number;
  /** Behind one reverse proxy (Azure App Service...): the client is the last X-Forwarded-For address. */
  trustProxy: boolean;
  /**
   * Redis shared by every instance (`builtin`): conversations, activities, tokens and rate limits live there
   * instead of this process's memory. Absent: in memory. May carry a password: never logged.
   */
  redisUrl?: string;
}
