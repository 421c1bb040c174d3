import { endpointSecurityDefaults } from './defaults';
import { configErrors } from './errorMessages';
import type { EndpointSecurityConfig } from './types';

/** Reads a trimmed variable ('' when unset). */
type Text = (name: string) => string;

const MIN_TURN_TIMEOUT_MS = 100;
const MAX_TURN_TIMEOUT_MS = 10 * 60_000;
// High enough for a load test from one address (the benchmark asks about 500,000 questions a minute here).
const MAX_ASK_REQUESTS_PER_MINUTE = 10_000_000;

/**
 * TURN_TIMEOUT_MS, ASK_REQUESTS_PER_MINUTE, ALLOW_UNAUTHENTICATED; and the production rule:
 * with `NODE_ENV=production` set explicitly, no credentials is a mistake unless ALLOW_UNAUTHENTICATED=true.
 * (NODE_ENV left unset stays allowed so that `npm start` works on a developer's machine; /api/messages is
 * loopback-only without credentials in every case.)
 */
export function readEndpointSecurityConfig(text: Text, appId: string, problems: string[]): EndpointSecurityConfig {
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const value = text(name);
    if (value === '') return fallback;
    const number = Number(value);
    if (/^\d+$/.test(value) && number >= min && number <= max) return number;
    problems.push(configErrors.integerOutOfRange(name, value, min, max));
    return fallback;
  };

  const rawAllow = text('ALLOW_UNAUTHENTICATED');
  let allowUnauthenticated: boolean = endpointSecurityDefaults.allowUnauthenticated;
  if (/^(true|1|yes)$/i.test(rawAllow)) allowUnauthenticated = true;
  else if (rawAllow !== '' && !/^(false|0|no)$/i.test(rawAllow)) problems.push(configErrors.booleanExpected('ALLOW_UNAUTHENTICATED', rawAllow));

  if (appId === '' && text('NODE_ENV').toLowerCase() === 'production' && !allowUnauthenticated) {
    problems.push(configErrors.credentialsRequiredInProduction());
  }

  return {
    turnTimeoutMs: integer('TURN_TIMEOUT_MS', endpointSecurityDefaults.turnTimeoutMs, MIN_TURN_TIMEOUT_MS, MAX_TURN_TIMEOUT_MS),
    askRequestsPerMinute: integer('ASK_REQUESTS_PER_MINUTE', endpointSecurityDefaults.askRequestsPerMinute, 1, MAX_ASK_REQUESTS_PER_MINUTE),
    allowUnauthenticated,
  };
}
