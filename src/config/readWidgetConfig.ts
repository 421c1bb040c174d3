import { isProfileId } from '../knowledge/profiles';
import { widgetDefaults } from './defaults';
import { configErrors } from './errorMessages';
import type { DirectLineConfig, DirectLineMode, WidgetConfig } from './types';

/** Reads a trimmed variable ('' when unset). */
type Text = (name: string) => string;

// Hex only: the colours end up in CSS, so nothing else may get through.
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const MAX_PROFILE_ID = 64;
const MAX_BOT_NAME = 60;
const modes: readonly DirectLineMode[] = ['builtin', 'azure'];

/** WIDGET_BOT_NAME, WIDGET_PRIMARY_COLOR, WIDGET_ACCENT_COLOR, WIDGET_PROFILE, WIDGET_ALLOWED_ORIGINS. */
export function readWidgetConfig(text: Text, problems: string[]): WidgetConfig {
  const botName = text('WIDGET_BOT_NAME') || widgetDefaults.botName;
  if (botName.length > MAX_BOT_NAME || /[<>]/.test(botName)) problems.push(configErrors.botNameInvalid(MAX_BOT_NAME));

  const color = (name: string, fallback: string) => {
    const value = text(name);
    if (value === '') return fallback;
    if (HEX_COLOR.test(value)) return value.toLowerCase();
    problems.push(configErrors.colorInvalid(name, value));
    return fallback;
  };

  const profile = text('WIDGET_PROFILE');
  // Whether the base knows it is checked once the base is loaded (widgetProfileWarnings).
  if (profile !== '' && (profile.length > MAX_PROFILE_ID || !isProfileId(profile))) problems.push(configErrors.profileInvalid(profile));

  return {
    botName,
    primaryColor: color('WIDGET_PRIMARY_COLOR', widgetDefaults.primaryColor),
    accentColor: color('WIDGET_ACCENT_COLOR', widgetDefaults.accentColor),
    profile,
    allowedOrigins: readOrigins(text('WIDGET_ALLOWED_ORIGINS'), problems),
  };
}

function readOrigins(value: string, problems: string[]): readonly string[] {
  if (value === '' || value === '*') return ['*'];
  const origins: string[] = [];
  for (const item of value.split(/[\s,]+/).filter(Boolean)) {
    const origin = toOrigin(item);
    if (origin) origins.push(origin);
    else problems.push(configErrors.originInvalid(item));
  }
  return origins;
}

function toOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/**
 * DIRECT_LINE_MODE, DIRECT_LINE_SECRET, DIRECT_LINE_ENDPOINT, DIRECT_LINE_IDLE_MINUTES,
 * DIRECT_LINE_CONVERSATIONS_PER_HOUR, DIRECT_LINE_ACTIVITIES_PER_MINUTE, DIRECT_LINE_POLLS_PER_MINUTE,
 * DIRECT_LINE_MEMORY_MB, TRUST_PROXY, REDIS_URL.
 */
export function readDirectLineConfig(text: Text, problems: string[]): DirectLineConfig {
  const rawMode = text('DIRECT_LINE_MODE');
  const mode = rawMode === '' ? widgetDefaults.directLineMode : modes.find((m) => m === rawMode.toLowerCase());
  if (!mode) problems.push(configErrors.directLineModeUnknown(rawMode));

  const secret = text('DIRECT_LINE_SECRET');
  if (mode === 'azure' && secret === '') problems.push(configErrors.directLineSecretRequired());

  const rawEndpoint = text('DIRECT_LINE_ENDPOINT');
  const endpoint = rawEndpoint === '' ? widgetDefaults.directLineEndpoint : readEndpoint(rawEndpoint, problems);

  const integer = (name: string, fallback: number, max: number) => {
    const value = text(name);
    if (value === '') return fallback;
    const number = Number(value);
    if (/^\d+$/.test(value) && number >= 1 && number <= max) return number;
    problems.push(configErrors.positiveIntegerExpected(name, value, max));
    return fallback;
  };

  const trustProxy = text('TRUST_PROXY');
  if (trustProxy !== '' && !/^(true|false|1|0|yes|no)$/i.test(trustProxy)) problems.push(configErrors.booleanExpected('TRUST_PROXY', trustProxy));

  return {
    mode: mode ?? widgetDefaults.directLineMode,
    ...(secret ? { secret } : {}),
    endpoint,
    idleMinutes: integer('DIRECT_LINE_IDLE_MINUTES', widgetDefaults.idleMinutes, 24 * 60),
    conversationsPerHour: integer('DIRECT_LINE_CONVERSATIONS_PER_HOUR', widgetDefaults.conversationsPerHour, 100_000),
    activitiesPerMinute: integer('DIRECT_LINE_ACTIVITIES_PER_MINUTE', widgetDefaults.activitiesPerMinute, 10_000),
    pollsPerMinute: integer('DIRECT_LINE_POLLS_PER_MINUTE', widgetDefaults.pollsPerMinute, 10_000),
    memoryMegabytes: integer('DIRECT_LINE_MEMORY_MB', widgetDefaults.memoryMegabytes, 16_384),
    trustProxy: /^(true|1|yes)$/i.test(trustProxy),
    ...readRedisUrl(text('REDIS_URL'), problems),
  };
}

/** `redis://[user:password@]host[:port][/db]` or `rediss://…` (TLS, as Azure Cache for Redis wants); '' = none. */
function readRedisUrl(value: string, problems: string[]): { redisUrl?: string } {
  if (value === '') return {};
  try {
    const url = new URL(value);
    if ((url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '') return { redisUrl: value };
  } catch {
    // reported below
  }
  problems.push(configErrors.redisUrlInvalid(redactedUrl(value)));
  return {};
}

/** The URL as it may be shown: a password in it is replaced by `***`. */
function redactedUrl(value: string): string {
  return value.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

function readEndpoint(value: string, problems: string[]): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return value.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  problems.push(configErrors.directLineEndpointInvalid(value));
  return widgetDefaults.directLineEndpoint;
}
