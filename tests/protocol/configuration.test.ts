import { readFileSync } from 'node:fs';
import dotenv from 'dotenv';
import { describe, expect, test } from 'vitest';
import { configErrors } from '../../src/config/errorMessages';
import { problemsOf } from '../helpers/config';
import { ConfigError, loadConfig, type Env } from '../../src/config/loadConfig';

describe('When nothing is configured (local use with the Emulator)', () => {
  test('the bot listens on 3978, reads ./knowledge, and runs without credentials', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.knowledgeDir).toBe('./knowledge');
    expect(config.logLevel).toBe('info');
    expect(config.bot).toEqual({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' });
  });
});

describe('When the variables are set', () => {
  test('they are read with the Bot Framework names', () => {
    const config = loadConfig({
      PORT: '8080',
      MicrosoftAppId: 'app-id',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'singletenant',
      MicrosoftAppTenantId: 'tenant',
      KNOWLEDGE_DIR: '/data/kb',
      KNOWLEDGE_WATCH: 'false',
      LOG_LEVEL: 'DEBUG',
      NODE_ENV: 'development',
      ANSWER_THRESHOLD: '0.6',
    });
    expect(config).toMatchObject({ port: 8080, knowledgeDir: '/data/kb', knowledgeWatch: false, logLevel: 'debug', nodeEnv: 'development' });
    expect(config.bot.MicrosoftAppType).toBe('SingleTenant');
    expect(config.answering).toEqual({ answerThreshold: 0.6 });
  });

  test('a user-assigned managed identity needs no password', () => {
    expect(problemsOf({ MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: 'id', MicrosoftAppTenantId: 't' })).toEqual([]);
  });
});

describe('When a hand-off contact is configured', () => {
  test('the address, e-mail and phone are read as written; none is set by default', () => {
    expect(loadConfig({}).handoff).toEqual({});
    expect(
      loadConfig({ HANDOFF_URL: 'https://example.org/contact', HANDOFF_EMAIL: 'conseil@example.org', HANDOFF_PHONE: '+33 1 23 45 67 89' }).handoff,
    ).toEqual({ url: 'https://example.org/contact', email: 'conseil@example.org', phone: '+33 1 23 45 67 89' });
  });
});

describe('When the configuration is wrong', () => {
  const cases: Array<[string, Env, string]> = [
    ['a SingleTenant bot without tenant', { MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'id', MicrosoftAppPassword: 'p' }, 'MicrosoftAppTenantId is required for SingleTenant.'],
    ['a SingleTenant bot without App ID', { MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 't', MicrosoftAppPassword: 'p' }, configErrors.appIdRequired('SingleTenant')],
    ['a SingleTenant bot without password', { MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'id', MicrosoftAppTenantId: 't' }, configErrors.passwordRequired('SingleTenant')],
    ['a managed identity with a password', { MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: 'id', MicrosoftAppTenantId: 't', MicrosoftAppPassword: 'p' }, configErrors.passwordForbiddenForMsi()],
    ['an App ID without password', { MicrosoftAppId: 'id' }, configErrors.passwordRequired('MultiTenant')],
    ['a password without App ID', { MicrosoftAppPassword: 'p' }, configErrors.passwordWithoutAppId()],
    ['an unknown app type', { MicrosoftAppType: 'Personal' }, configErrors.appTypeUnknown('Personal')],
    ['a port that is not a number', { PORT: 'abc' }, 'PORT must be an integer between 0 and 65535 (got "abc").'],
    ['a port out of range', { PORT: '70000' }, configErrors.portNotInteger('70000')],
    ['a negative port', { PORT: '-1' }, configErrors.portNotInteger('-1')],
    ['an unknown log level', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be one of'],
    ['an empty knowledge folder', { KNOWLEDGE_DIR: ' ' }, configErrors.knowledgeDirEmpty()],
    ['a threshold above 1', { ANSWER_THRESHOLD: '1.5' }, configErrors.thresholdOutOfRange('ANSWER_THRESHOLD', '1.5')],
    ['a suggest threshold above the answer threshold', { ANSWER_THRESHOLD: '0.3', SUGGEST_THRESHOLD: '0.4' }, configErrors.thresholdsOrder(0.4, 0.3)],
    ['a hand-off address that is not http(s)', { HANDOFF_URL: 'javascript:alert(1)' }, configErrors.handoffUrlInvalid('javascript:alert(1)')],
    ['a hand-off address that could break out of a link', { HANDOFF_URL: 'https://example.org/a)b' }, configErrors.handoffUrlInvalid('https://example.org/a)b')],
    ['a hand-off e-mail without domain', { HANDOFF_EMAIL: 'conseil@' }, configErrors.handoffEmailInvalid('conseil@')],
    ['a hand-off phone with letters', { HANDOFF_PHONE: '01 23 CALL ME' }, configErrors.handoffPhoneInvalid('01 23 CALL ME')],
    ['a hand-off phone too short to dial', { HANDOFF_PHONE: '12' }, configErrors.handoffPhoneInvalid('12')],
    ['a watch flag that is not a boolean', { KNOWLEDGE_WATCH: 'sometimes' }, configErrors.booleanExpected('KNOWLEDGE_WATCH', 'sometimes')],
  ];

  test.each(cases)('%s is refused with a message naming the variable', (_name, env, message) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  test('every problem is reported at once, not just the first', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'x', LOG_LEVEL: 'loud', MicrosoftAppType: 'SingleTenant' });
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error?.problems.length).toBe(4);
    expect(error?.message).toMatch(/^Invalid configuration \(4 problems\):\n {2}- PORT/);
  });
});

describe('When a developer copies .env.example to .env', () => {
  const example = dotenv.parse(readFileSync('.env.example', 'utf8'));

  test('the copy is a valid configuration as it is', () => {
    expect(() => loadConfig(example)).not.toThrow();
  });

  test('it documents exactly the variables the bot reads', () => {
    const read = new Set<string>();
    const recording = new Proxy({} as Env, {
      get: (_target, name) => {
        if (typeof name === 'string') read.add(name);
        return undefined;
      },
    });
    loadConfig(recording);
    expect([...read].sort()).toEqual(Object.keys(example).sort());
  });
});
