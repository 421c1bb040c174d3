import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAgentsHost, type AgentsHostOptions } from '../../src/agents/createAgentsHost';
import type { Activity } from '../../src/channels/activity';
import type { BotCredentials } from '../../src/config/types';
import { captureLogs } from '../helpers/logs';
import { echoBot, type EchoBot } from '../hosts/echoBot';
import { EmulatorConversation } from '../hosts/emulatorActivities';
import { startHost, type RunningHost } from '../hosts/hostHarness';
import { closedPortUrl, newSigningKey, signedToken, startKeySetHost, startSilentHost, type KeySetHost } from './localIdentity';

const appId = '00000000-0000-0000-0000-000000000001';
const password = 'fake-password-do-not-log';
const credentials: BotCredentials = { MicrosoftAppId: appId, MicrosoftAppPassword: password, MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };
const signingKeys = { fetchTimeoutMs: 300, failureCacheMs: 60_000 };

/** The SDK's connection pointed at a local authority: keys at {url}/botframework.com/discovery/v2.0/keys. */
const pointedAt = (url: string): AgentsHostOptions => ({ authentication: { authorityEndpoint: url }, signingKeys });
/** The issuer a MultiTenant connection accepts from that authority (besides Microsoft's own). */
const issuerOf = (url: string) => `${url}/botframework.com/v2.0`;

/**
 * expectReplies without serviceUrl: the turn runs and answers in the body without posting anywhere, so no
 * outbound token is needed (the SDK would ask MSAL for one, and MSAL only talks to https authorities).
 */
const question = () => {
  const { serviceUrl: _none, ...activity } = new EmulatorConversation('http://127.0.0.1:9', 'msteams').message('Bonjour', { deliveryMode: 'expectReplies' });
  return activity;
};
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const timed = async <T>(work: Promise<T>) => {
  const started = Date.now();
  const value = await work;
  return { value, ms: Date.now() - started };
};

describe('When the bot has credentials and the signing keys are published', () => {
  const key = newSigningKey();
  const logs = captureLogs();
  let keySet: KeySetHost;
  let bot: EchoBot;
  let running: RunningHost;
  beforeAll(async () => {
    keySet = await startKeySetHost([key]);
    bot = echoBot();
    running = await startHost(createAgentsHost, { bot, credentials, logger: logs.logger, options: pointedAt(keySet.url) });
  });
  afterAll(async () => {
    await Promise.all([running?.close(), keySet?.close()]);
  });
  const validClaims = () => ({ aud: appId, iss: issuerOf(keySet.url) });

  test('a token signed by the published key is accepted: the bot runs and its replies come back', async () => {
    const response = await running.post(question(), bearer(signedToken(key, validClaims())));

    expect(response.status).toBe(200);
    expect((response.body as { activities: Activity[] }).activities.map((reply) => reply.text)).toEqual(['Écho : Bonjour']);
    expect(bot.seen).toHaveLength(1);
    expect(keySet.requests()).toBe(1);
  });

  test('a second token is checked against the keys already downloaded', async () => {
    expect((await running.post(question(), bearer(signedToken(key, validClaims())))).status).toBe(200);
    expect(keySet.requests()).toBe(1);
  });

  const refused: Array<[string, () => Record<string, string>]> = [
    ['no Authorization header', () => ({})],
    ['a malformed Authorization header', () => ({ authorization: 'Bearer not-a-jwt' })],
    ['a scheme other than Bearer', () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['a token signed by another key under the published kid', () => bearer(signedToken(newSigningKey(key.kid), validClaims()))],
    ['a token for another bot (audience)', () => bearer(signedToken(key, { ...validClaims(), aud: '00000000-0000-0000-0000-000000000002' }))],
    ['a token from an issuer the connection does not trust', () => bearer(signedToken(key, { ...validClaims(), iss: 'https://attacker.example/v2.0' }))],
    ['an expired token', () => bearer(signedToken(key, { ...validClaims(), nbf: 1_000_000, iat: 1_000_000, exp: 1_000_600 }))],
    ['an unsigned token (alg none)', () => ({ authorization: `Bearer ${signedToken(key, validClaims()).split('.').slice(0, 2).join('.')}.` })],
  ];

  test.each(refused)('a request with %s is refused (token-refused, 401) and the bot does not run', async (_name, headers) => {
    const runs = bot.seen.length;
    const response = await running.post(question(), headers());
    expect(response.status).toBe(401);
    expect(running.failures.at(-1)).toBe('token-refused');
    expect(bot.seen.length).toBe(runs);
  });

  test("a token whose serviceurl claim names another host than the activity's serviceUrl is answered 400; the bot does not run", async () => {
    const runs = bot.seen.length;
    const activity = { ...question(), serviceUrl: 'https://attacker.example/' };
    const token = signedToken(key, { ...validClaims(), serviceurl: 'https://smba.trafficmanager.net/emea/' });
    expect((await running.post(activity, bearer(token))).status).toBe(400);
    expect(bot.seen.length).toBe(runs);
  });

  test('tokens naming unknown kids do not make the host download the key set again and again', async () => {
    const before = keySet.requests();
    for (let i = 0; i < 5; i++) {
      expect((await running.post(question(), bearer(signedToken(newSigningKey(), validClaims())))).status).toBe(401);
    }
    expect(keySet.requests() - before).toBeLessThanOrEqual(1);
  });

  test('neither the password nor a token reaches the logs', async () => {
    const token = signedToken(key, validClaims());
    await running.post(question(), bearer(token));
    expect(logs.text()).not.toContain(password);
    expect(logs.text()).not.toContain(token);
  });
});

describe('When the signing-key host does not answer', () => {
  const key = newSigningKey();
  let silent: Awaited<ReturnType<typeof startSilentHost>>;
  let bot: EchoBot;
  let running: RunningHost;
  beforeAll(async () => {
    silent = await startSilentHost();
    bot = echoBot();
    running = await startHost(createAgentsHost, { bot, credentials, options: pointedAt(silent.url) });
  });
  afterAll(async () => {
    await Promise.all([running?.close(), silent?.close()]);
  });
  const token = () => signedToken(key, { aud: appId, iss: issuerOf(silent.url) });

  test('30 requests at once share one download and all get authentication-unavailable (503) at its deadline', async () => {
    const { value: responses, ms } = await timed(Promise.all(Array.from({ length: 30 }, () => running.post(question(), bearer(token())))));
    expect(responses.map((response) => response.status)).toEqual(Array(30).fill(503));
    expect(new Set(running.failures)).toEqual(new Set(['authentication-unavailable']));
    expect(ms).toBeLessThan(1500);
    expect(silent.requests()).toBe(1);
    expect(bot.seen).toEqual([]);
  });

  test('once the download has failed, requests are answered 503 at once, without a new connection', async () => {
    const connections = silent.connections();
    const { value: response, ms } = await timed(running.post(question(), bearer(token())));
    expect(response.status).toBe(503);
    expect(ms).toBeLessThan(200);
    expect(silent.connections()).toBe(connections);
  });

  test('a request without token is still refused with 401, not 503', async () => {
    expect((await running.post(question())).status).toBe(401);
  });
});

describe('When the signing-key host refuses connections', () => {
  test('the request gets authentication-unavailable (503) at once', async () => {
    const url = await closedPortUrl();
    const running = await startHost(createAgentsHost, { bot: echoBot(), credentials, options: pointedAt(url) });
    try {
      const { value: response, ms } = await timed(running.post(question(), bearer(signedToken(newSigningKey(), { aud: appId, iss: issuerOf(url) }))));
      expect(response.status).toBe(503);
      expect(running.failures).toEqual(['authentication-unavailable']);
      expect(ms).toBeLessThan(250);
    } finally {
      await running.close();
    }
  });
});
