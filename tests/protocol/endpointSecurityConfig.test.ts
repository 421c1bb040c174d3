import { describe, expect, test } from 'vitest';
import { configErrors } from '../../src/config/errorMessages';
import { loadConfig } from '../../src/config/loadConfig';
import { problemsOf } from '../helpers/config';

const credentials = { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' };

describe('When NODE_ENV=production is set', () => {
  test('no credentials is refused with a message saying what to set', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([configErrors.credentialsRequiredInProduction()]);
    expect(problemsOf({ NODE_ENV: 'Production' })).toEqual([configErrors.credentialsRequiredInProduction()]);
  });

  test('credentials, or ALLOW_UNAUTHENTICATED=true, are accepted', () => {
    expect(problemsOf({ NODE_ENV: 'production', ...credentials })).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_UNAUTHENTICATED: 'true' }).endpoints.allowUnauthenticated).toBe(true);
  });

  test('NODE_ENV left unset or set to development or test keeps local use without credentials', () => {
    for (const env of [{}, { NODE_ENV: 'development' }, { NODE_ENV: 'test' }]) expect(problemsOf(env)).toEqual([]);
  });
});

describe('When the endpoint limits are configured', () => {
  test('the defaults are a 15 s turn deadline and 60 questions a minute on /api/ask', () => {
    expect(loadConfig({}).endpoints).toEqual({ turnTimeoutMs: 15_000, askRequestsPerMinute: 60, allowUnauthenticated: false });
  });

  test('they are read from TURN_TIMEOUT_MS and ASK_REQUESTS_PER_MINUTE', () => {
    expect(loadConfig({ TURN_TIMEOUT_MS: '2500', ASK_REQUESTS_PER_MINUTE: '5' }).endpoints).toMatchObject({ turnTimeoutMs: 2500, askRequestsPerMinute: 5 });
  });

  test.each([
    [{ TURN_TIMEOUT_MS: 'soon' }, configErrors.integerOutOfRange('TURN_TIMEOUT_MS', 'soon', 100, 600_000)],
    [{ TURN_TIMEOUT_MS: '10' }, configErrors.integerOutOfRange('TURN_TIMEOUT_MS', '10', 100, 600_000)],
    [{ ASK_REQUESTS_PER_MINUTE: '0' }, configErrors.integerOutOfRange('ASK_REQUESTS_PER_MINUTE', '0', 1, 10_000_000)],
    [{ ALLOW_UNAUTHENTICATED: 'maybe' }, configErrors.booleanExpected('ALLOW_UNAUTHENTICATED', 'maybe')],
  ])('%o is refused with a message naming the variable', (env, message) => {
    expect(problemsOf(env)).toEqual([message]);
  });
});
