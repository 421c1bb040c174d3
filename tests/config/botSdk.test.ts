import { describe, expect, test } from 'vitest';
import { configErrors } from '../../src/config/errorMessages';
import { loadConfig } from '../../src/config/loadConfig';
import { problemsOf } from '../helpers/config';

const credentials = { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' };

describe('BOT_SDK chooses the SDK that hosts the bot', () => {
  test('botbuilder by default', () => {
    expect(loadConfig({}).botSdk).toBe('botbuilder');
  });

  test.each([
    ['agents', 'agents'],
    ['Agents', 'agents'],
    [' agents ', 'agents'],
    ['botbuilder', 'botbuilder'],
    ['BotBuilder', 'botbuilder'],
  ])('%j is read as %s', (value, sdk) => {
    expect(loadConfig({ BOT_SDK: value }).botSdk).toBe(sdk);
  });

  test.each(['agent', 'm365', 'botframework', 'teams-ai'])('%j is refused with a message naming the variable and both values', (value) => {
    const problems = problemsOf({ BOT_SDK: value });
    expect(problems).toEqual([configErrors.botSdkUnknown(value)]);
    expect(problems[0]).toContain('BOT_SDK');
    expect(problems[0]).toMatch(/botbuilder.*agents/);
  });
});

describe('BOT_SDK=agents without credentials', () => {
  test('is fine for local use (NODE_ENV unset or development)', () => {
    expect(problemsOf({ BOT_SDK: 'agents' })).toEqual([]);
    expect(problemsOf({ BOT_SDK: 'agents', NODE_ENV: 'development' })).toEqual([]);
  });

  test('is refused under NODE_ENV=production even with ALLOW_UNAUTHENTICATED=true: the SDK would not start', () => {
    expect(problemsOf({ BOT_SDK: 'agents', NODE_ENV: 'production', ALLOW_UNAUTHENTICATED: 'true' })).toEqual([
      configErrors.agentsSdkNeedsCredentialsInProduction(),
    ]);
  });

  test('botbuilder keeps allowing it with ALLOW_UNAUTHENTICATED=true', () => {
    expect(problemsOf({ NODE_ENV: 'production', ALLOW_UNAUTHENTICATED: 'true' })).toEqual([]);
  });

  test('with credentials, agents runs in production', () => {
    expect(problemsOf({ BOT_SDK: 'agents', NODE_ENV: 'production', ...credentials })).toEqual([]);
  });
});
