import { describe, expect, test } from 'vitest';
import { configErrors } from '../../src/config/errorMessages';
import { problemsOf } from '../helpers/config';
import { loadConfig, type Env } from '../../src/config/loadConfig';

describe('When no storage is configured', () => {
  test('state and learning records go to files under ./data, state forgotten after 30 idle days, records kept 90 days, salt generated in ./secrets', () => {
    const config = loadConfig({});
    expect(config.storage).toEqual({ kind: 'file', dataDir: './data', stateIdleDays: 30, container: 'faq-bot' });
    expect(config.learning).toEqual({ retentionDays: 90, secretsDir: './secrets' });
  });
});

describe('When Azure Blob Storage is configured', () => {
  test('the connection string and container are read', () => {
    const config = loadConfig({ STORAGE: 'Blob', AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', AZURE_STORAGE_CONTAINER: 'bot-state-1' });
    expect(config.storage).toMatchObject({ kind: 'blob', connectionString: 'UseDevelopmentStorage=true', container: 'bot-state-1' });
  });

  test('without a connection string it is refused with a message naming the variable', () => {
    expect(problemsOf({ STORAGE: 'blob' })).toEqual([configErrors.connectionStringRequired()]);
  });
});

describe('When storage or learning settings are wrong', () => {
  const cases: Array<[string, Env, string]> = [
    ['an unknown storage kind', { STORAGE: 'redis' }, configErrors.storageKindUnknown('redis', ['memory', 'file', 'blob'])],
    ['a container name with capitals', { AZURE_STORAGE_CONTAINER: 'FaqBot' }, configErrors.containerNameInvalid('FaqBot')],
    ['a container name with a double dash', { AZURE_STORAGE_CONTAINER: 'faq--bot' }, configErrors.containerNameInvalid('faq--bot')],
    ['a retention of zero days', { LEARNING_RETENTION_DAYS: '0' }, configErrors.retentionDaysInvalid('0')],
    ['a retention that is not a whole number', { LEARNING_RETENTION_DAYS: '1.5' }, configErrors.retentionDaysInvalid('1.5')],
    ['a short salt', { LEARNING_SALT: 'short' }, configErrors.saltTooShort()],
    ['an idle time of zero days', { STATE_IDLE_DAYS: '0' }, configErrors.stateIdleDaysInvalid('0')],
    ['an idle time in hours', { STATE_IDLE_DAYS: '12h' }, configErrors.stateIdleDaysInvalid('12h')],
    ['the secrets in DATA_DIR itself', { SECRETS_DIR: './data' }, configErrors.secretsDirInsideDataDir('./data', './data')],
    ['the secrets inside DATA_DIR', { DATA_DIR: '/srv/bot', SECRETS_DIR: '/srv/bot/secrets' }, configErrors.secretsDirInsideDataDir('/srv/bot/secrets', '/srv/bot')],
  ];

  test.each(cases)('%s is refused', (_name, env, message) => {
    expect(problemsOf(env)).toEqual([message]);
  });

  test('a long enough salt and a custom retention are accepted', () => {
    expect(loadConfig({ LEARNING_SALT: 'a-long-enough-secret-salt', LEARNING_RETENTION_DAYS: '30' }).learning).toEqual({
      retentionDays: 30,
      salt: 'a-long-enough-secret-salt',
      secretsDir: './secrets',
    });
  });

  test('a custom idle time and a secrets folder beside the data are accepted', () => {
    const config = loadConfig({ STATE_IDLE_DAYS: '7', DATA_DIR: '/srv/bot/data', SECRETS_DIR: '/srv/bot/secrets' });
    expect(config.storage.stateIdleDays).toBe(7);
    expect(config.learning.secretsDir).toBe('/srv/bot/secrets');
  });
});
