import { DEFAULT_ANSWERING_OPTIONS } from '../answering/answeringOptions';
import { readAdminConfig } from './readAdminConfig';
import { configDefaults, logLevels } from './defaults';
import { configErrors } from './errorMessages';
import { readBotSdk } from './readBotSdk';
import { readHandoffConfig } from './readHandoffConfig';
import { readLearningConfig, readStorageConfig } from './readStorageConfig';
import { readEndpointSecurityConfig } from './readEndpointSecurityConfig';
import { readDirectLineConfig, readWidgetConfig } from './readWidgetConfig';
import type { AppConfig, BotCredentials, LogLevel, MicrosoftAppType } from './types';

/** The variables read, as found in `process.env` (after dotenv). */
export type Env = Readonly<Record<string, string | undefined>>;

/** Thrown when the configuration is invalid: `problems` lists every issue found, not just the first. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super([configErrors.header(problems.length), ...problems.map((p) => `  - ${p}`)].join('\n'));
    this.name = 'ConfigError';
  }
}

const appTypes: readonly MicrosoftAppType[] = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];

/**
 * Reads and validates the configuration once, at start.
 * @example
 *   const config = loadConfig(process.env); // throws ConfigError listing every problem
 */
export function loadConfig(env: Env): AppConfig {
  const problems: string[] = [];
  const text = (name: string) => env[name]?.trim() ?? '';

  const config: Omit<AppConfig, 'endpoints' | 'botSdk'> = {
    port: readPort(text('PORT'), problems),
    host: text('HOST') || undefined,
    knowledgeDir: readKnowledgeDir(env.KNOWLEDGE_DIR, problems),
    knowledgeWatch: readBoolean('KNOWLEDGE_WATCH', text('KNOWLEDGE_WATCH'), configDefaults.knowledgeWatch, problems),
    logLevel: readLogLevel(text('LOG_LEVEL'), problems),
    nodeEnv: text('NODE_ENV') || configDefaults.nodeEnv,
    answering: readThresholds(text, problems),
    bot: readCredentials(text, problems),
    handoff: readHandoffConfig(text, problems),
    storage: readStorageConfig(text, problems),
    learning: readLearningConfig(text, problems),
    widget: readWidgetConfig(text, problems),
    directLine: readDirectLineConfig(text, problems),
    admin: readAdminConfig(text, problems),
  };
  const endpoints = readEndpointSecurityConfig(text, config.bot.MicrosoftAppId, problems);
  const botSdk = readBotSdk(text, config.bot.MicrosoftAppId, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    ...config,
    botSdk,
    answering: Object.freeze(config.answering),
    bot: Object.freeze(config.bot),
    handoff: Object.freeze(config.handoff),
    storage: Object.freeze(config.storage),
    learning: Object.freeze(config.learning),
    widget: Object.freeze(config.widget),
    directLine: Object.freeze(config.directLine),
    admin: Object.freeze(config.admin),
    endpoints: Object.freeze(endpoints),
  });
}

function readPort(value: string, problems: string[]): number {
  if (value === '') return configDefaults.port;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    problems.push(configErrors.portNotInteger(value));
    return configDefaults.port;
  }
  return port;
}

function readKnowledgeDir(value: string | undefined, problems: string[]): string {
  if (value === undefined) return configDefaults.knowledgeDir;
  if (value.trim() === '') problems.push(configErrors.knowledgeDirEmpty());
  return value.trim();
}

function readBoolean(name: string, value: string, fallback: boolean, problems: string[]): boolean {
  if (value === '') return fallback;
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  problems.push(configErrors.booleanExpected(name, value));
  return fallback;
}

function readLogLevel(value: string, problems: string[]): LogLevel {
  if (value === '') return configDefaults.logLevel;
  const level = logLevels.find((l) => l === value.toLowerCase());
  if (!level) problems.push(configErrors.logLevelUnknown(value, logLevels));
  return level ?? configDefaults.logLevel;
}

function readThresholds(text: (name: string) => string, problems: string[]): AppConfig['answering'] {
  const read = (name: string): number | undefined => {
    const value = text(name);
    if (value === '') return undefined;
    const number = Number(value);
    if (!Number.isFinite(number) || number < 0 || number > 1) {
      problems.push(configErrors.thresholdOutOfRange(name, value));
      return undefined;
    }
    return number;
  };
  const answerThreshold = read('ANSWER_THRESHOLD');
  const suggestThreshold = read('SUGGEST_THRESHOLD');
  const answer = answerThreshold ?? DEFAULT_ANSWERING_OPTIONS.answerThreshold;
  const suggest = suggestThreshold ?? DEFAULT_ANSWERING_OPTIONS.suggestThreshold;
  if (suggest > answer) problems.push(configErrors.thresholdsOrder(suggest, answer));
  return {
    ...(answerThreshold !== undefined ? { answerThreshold } : {}),
    ...(suggestThreshold !== undefined ? { suggestThreshold } : {}),
  };
}

/** Same rules as the SDK's ConfigurationServiceClientCredentialFactory, checked up front with clearer words. */
function readCredentials(text: (name: string) => string, problems: string[]): BotCredentials {
  const appId = text('MicrosoftAppId');
  const password = text('MicrosoftAppPassword');
  const tenantId = text('MicrosoftAppTenantId');
  const rawType = text('MicrosoftAppType');
  // Case-insensitive like the SDK (which spells it "UserAssignedMsi").
  const appType = rawType === '' ? 'MultiTenant' : appTypes.find((t) => t.toLowerCase() === rawType.toLowerCase());

  if (!appType) {
    problems.push(configErrors.appTypeUnknown(rawType));
  } else if (appType === 'MultiTenant') {
    if (appId && !password) problems.push(configErrors.passwordRequired(appType));
    if (!appId && password) problems.push(configErrors.passwordWithoutAppId());
  } else {
    if (!appId) problems.push(configErrors.appIdRequired(appType));
    if (!tenantId) problems.push(configErrors.tenantRequired(appType));
    if (appType === 'SingleTenant' && appId && !password) problems.push(configErrors.passwordRequired(appType));
    if (appType === 'UserAssignedMSI' && password) problems.push(configErrors.passwordForbiddenForMsi());
  }
  return {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: password,
    MicrosoftAppType: appType ?? 'MultiTenant',
    MicrosoftAppTenantId: tenantId,
  };
}

/** True when no App ID is set: the bot accepts unauthenticated requests (Emulator, Agents Playground). */
export function isAuthenticationDisabled(config: AppConfig): boolean {
  return config.bot.MicrosoftAppId === '';
}
