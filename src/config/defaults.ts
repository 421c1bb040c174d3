import type { BotSdk } from './types';
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
  // A visitor who comes back within a month finds their conversation; after that it is forgotten (RGPD).
  stateIdleDays: 30,
  // Beside DATA_DIR, not inside it: a copy or backup of the data does not carry the key that links it.
  secretsDir: './secrets',
  botSdk: 'botbuilder' as BotSdk,
});

export const botSdks: readonly BotSdk[] = ['botbuilder', 'agents'];

export const storageKinds: readonly StorageKind[] = ['memory', 'file', 'blob'];

export const logLevels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Defaults of the website widget and its Direct Line connection. */
export const widgetDefaults = Object.freeze({
  botName: 'Assistant portage salarial',
  primaryColor: '#1f4e79',
  accentColor: '#c2410c',
  directLineMode: 'builtin' as const,
  directLineEndpoint: 'https://directline.botframework.com/v3/directline',
  idleMinutes: 30,
  conversationsPerHour: 30,
  activitiesPerMinute: 20,
  /** Web Chat polls once a second: twice that leaves room for reconnections. */
  pollsPerMinute: 120,
  /** Activities kept in memory by the built-in Direct Line, all conversations together. */
  memoryMegabytes: 64,
});

/** Limits of the HTTP endpoints that face the internet (/api/messages, /api/ask). */
export const endpointSecurityDefaults = Object.freeze({
  /** A turn of /api/messages longer than this is answered 503 (a token-metadata host that never answers...). */
  turnTimeoutMs: 15_000,
  /** Questions one client IP may ask /api/ask per minute. */
  askRequestsPerMinute: 60,
  /** Without credentials and with NODE_ENV=production, the bot refuses to start unless this is true. */
  allowUnauthenticated: false,
});
