import { describe, expect, test } from 'vitest';
import { configErrors } from '../../src/config/errorMessages';
import { problemsOf } from '../helpers/config';
import { loadConfig, type Env } from '../../src/config/loadConfig';
import { widgetWarningMessages, widgetWarnings } from '../../src/config/widgetWarnings';

describe('When nothing about the widget is configured', () => {
  test('it uses the built-in Direct Line, the default look and limits, and any site may embed it', () => {
    const { widget, directLine } = loadConfig({});
    expect(widget).toEqual({ botName: 'Assistant portage salarial', primaryColor: '#1f4e79', accentColor: '#c2410c', profile: '', allowedOrigins: ['*'] });
    expect(directLine).toEqual({
      mode: 'builtin',
      endpoint: 'https://directline.botframework.com/v3/directline',
      idleMinutes: 30,
      conversationsPerHour: 30,
      activitiesPerMinute: 20,
      pollsPerMinute: 120,
      memoryMegabytes: 64,
      trustProxy: false,
    });
  });
});

describe('When the widget is configured', () => {
  test('name, colours, profile, origins and Azure Direct Line are read', () => {
    const config = loadConfig({
      WIDGET_BOT_NAME: 'Aide',
      WIDGET_PRIMARY_COLOR: '#ABCDEF',
      WIDGET_ACCENT_COLOR: '#123',
      WIDGET_PROFILE: 'developpeur-back-end',
      WIDGET_ALLOWED_ORIGINS: 'https://www.example.fr, https://example.fr/page',
      DIRECT_LINE_MODE: 'Azure',
      DIRECT_LINE_SECRET: 's3cret',
      DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/v3/directline/',
      DIRECT_LINE_IDLE_MINUTES: '10',
      DIRECT_LINE_CONVERSATIONS_PER_HOUR: '100',
      DIRECT_LINE_ACTIVITIES_PER_MINUTE: '5',
      DIRECT_LINE_POLLS_PER_MINUTE: '90',
      DIRECT_LINE_MEMORY_MB: '16',
      TRUST_PROXY: 'true',
    });
    expect(config.widget).toEqual({
      botName: 'Aide',
      primaryColor: '#abcdef',
      accentColor: '#123',
      profile: 'developpeur-back-end',
      allowedOrigins: ['https://www.example.fr', 'https://example.fr'],
    });
    expect(config.directLine).toEqual({
      mode: 'azure',
      secret: 's3cret',
      endpoint: 'https://europe.directline.botframework.com/v3/directline',
      idleMinutes: 10,
      conversationsPerHour: 100,
      activitiesPerMinute: 5,
      pollsPerMinute: 90,
      memoryMegabytes: 16,
      trustProxy: true,
    });
  });
});

describe('When the widget is configured wrongly', () => {
  const cases: Array<[string, Env, string]> = [
    ['Azure mode without a secret', { DIRECT_LINE_MODE: 'azure' }, configErrors.directLineSecretRequired()],
    ['an unknown mode', { DIRECT_LINE_MODE: 'websocket' }, configErrors.directLineModeUnknown('websocket')],
    ['an endpoint that is not a URL', { DIRECT_LINE_ENDPOINT: 'directline' }, configErrors.directLineEndpointInvalid('directline')],
    ['a colour that could inject CSS', { WIDGET_PRIMARY_COLOR: 'red;background:url(x)' }, configErrors.colorInvalid('WIDGET_PRIMARY_COLOR', 'red;background:url(x)')],
    ['a bot name with markup', { WIDGET_BOT_NAME: '<b>Bot</b>' }, configErrors.botNameInvalid(60)],
    ['a profile that is not an id', { WIDGET_PROFILE: 'Dév back' }, configErrors.profileInvalid('Dév back')],
    ['an origin that is not a URL', { WIDGET_ALLOWED_ORIGINS: 'example.fr' }, configErrors.originInvalid('example.fr')],
    ['an idle time of zero', { DIRECT_LINE_IDLE_MINUTES: '0' }, configErrors.positiveIntegerExpected('DIRECT_LINE_IDLE_MINUTES', '0', 1440)],
    ['a limit that is not a number', { DIRECT_LINE_ACTIVITIES_PER_MINUTE: 'many' }, 'DIRECT_LINE_ACTIVITIES_PER_MINUTE must be a whole number'],
    ['a poll limit of zero', { DIRECT_LINE_POLLS_PER_MINUTE: '0' }, configErrors.positiveIntegerExpected('DIRECT_LINE_POLLS_PER_MINUTE', '0', 10_000)],
    ['a memory budget that is not a number', { DIRECT_LINE_MEMORY_MB: '64MB' }, 'DIRECT_LINE_MEMORY_MB must be a whole number'],
    ['a proxy flag that is not a boolean', { TRUST_PROXY: 'maybe' }, configErrors.booleanExpected('TRUST_PROXY', 'maybe')],
  ];

  test.each(cases)('%s is refused with a message naming the variable', (_name, env, message) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });
});

describe('When the bot starts in production', () => {
  test('any origin (WIDGET_ALLOWED_ORIGINS=*) is warned about, a list of sites is not, and development is left alone', () => {
    expect(widgetWarnings(loadConfig({ NODE_ENV: 'production', ALLOW_UNAUTHENTICATED: 'true' }))).toEqual([widgetWarningMessages.anyOriginInProduction]);
    expect(widgetWarnings(loadConfig({ NODE_ENV: 'production', ALLOW_UNAUTHENTICATED: 'true', WIDGET_ALLOWED_ORIGINS: 'https://www.example.fr' }))).toEqual([]);
    expect(widgetWarnings(loadConfig({ NODE_ENV: 'development' }))).toEqual([]);
  });
});
