import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { httpErrors } from '../../src/server/errorMessages';
import { postJson, startBotServer, type RunningBot } from '../helpers/botServer';
import { startConnectorServer, type ConnectorServer } from '../helpers/connectorServer';
import { EmulatorSession } from '../helpers/emulator';
import { captureLogs } from '../helpers/logs';

const password = 'fake-password-do-not-log';
const appId = '00000000-0000-0000-0000-000000000001';
/** The issuer of the tokens Azure Bot Service's channels send to bots. */
const channelIssuer = 'https://api.botframework.com';
const logs = captureLogs();
let bot: RunningBot;
let connector: ConnectorServer;
beforeAll(async () => {
  connector = await startConnectorServer();
  bot = await startBotServer({
    logger: logs.logger,
    credentials: {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: password,
      MicrosoftAppType: 'MultiTenant',
      MicrosoftAppTenantId: '',
    },
  });
});
afterAll(async () => {
  await Promise.all([bot?.close(), connector?.close()]);
});

/** A well-formed but unsigned JWT from an issuer Azure Bot Service never uses: rejected without any network call. */
function forgedToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: 'https://attacker.example', aud: 'x', exp: 9999999999 })}.`;
}

describe('When the bot has credentials (App ID and password, MultiTenant)', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['no Authorization header', {}],
    ['a malformed Authorization header', { authorization: 'Bearer not-a-jwt' }],
    ['a scheme other than Bearer', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a forged token from an unknown issuer', { authorization: `Bearer ${forgedToken()}` }],
  ];

  test.each(cases)('a request with %s is refused with 401 and the bot does not run', async (_name, headers) => {
    connector.posted.length = 0;
    const emulator = new EmulatorSession(connector.url);

    const response = await postJson(`${bot.url}/api/messages`, emulator.message('Bonjour'), headers);

    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connector.posted).toEqual([]);
  });

  test('the server keeps serving after refusals', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe('ok');
  });

  test('neither the password nor the Authorization header ever reaches the logs', async () => {
    await postJson(`${bot.url}/api/messages`, new EmulatorSession(connector.url).message('Bonjour'), {
      authorization: `Bearer ${forgedToken()}`,
    });
    expect(logs.text()).not.toContain(password);
    expect(logs.text()).not.toContain(forgedToken());
    expect(logs.records().some((record) => record.status === 401)).toBe(true);
  });
});

/** A signing key of our own, served the way Azure Bot Service serves its keys (OpenID metadata, then JWKS). */
async function startKeyHost() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'local-test-key';
  const jwk = { ...(publicKey.export({ format: 'jwk' }) as Record<string, string>), kid, use: 'sig', endorsements: ['webchat', 'msteams'] };
  const requested: string[] = [];
  const server = createHttpServer((req, res) => {
    requested.push(req.url ?? '');
    const body = req.url === '/v1/.well-known/openidconfiguration' ? { issuer: channelIssuer, jwks_uri: `${url}/v1/.well-known/keys` } : req.url === '/v1/.well-known/keys' ? { keys: [jwk] } : undefined;
    res.statusCode = body ? 200 : 404;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${url}/v1/.well-known/openidconfiguration`,
    requested,
    /** A JWT signed with this host's key (or with `key`, to forge one). */
    sign: (claims: Record<string, unknown>, key: KeyObject = privateKey) => signJwt({ alg: 'RS256', typ: 'JWT', kid }, claims, key),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function signJwt(header: object, claims: object, key: KeyObject): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signed = `${part(header)}.${part(claims)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), key).toString('base64url')}`;
}

describe('When Azure Bot Service sends a token signed by a key of its OpenID metadata', () => {
  const channelLogs = captureLogs();
  let keys: Awaited<ReturnType<typeof startKeyHost>>;
  let signedBot: RunningBot;
  beforeAll(async () => {
    keys = await startKeyHost();
    signedBot = await startBotServer({
      logger: channelLogs.logger,
      credentials: { MicrosoftAppId: appId, MicrosoftAppPassword: password, MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' },
      adapter: { authentication: { ToBotFromChannelOpenIdMetadataUrl: keys.metadataUrl, ToBotFromChannelTokenIssuer: channelIssuer } },
    });
  });
  afterAll(async () => {
    await Promise.all([signedBot?.close(), keys?.close()]);
  });

  const now = () => Math.floor(Date.now() / 1000);
  /** What the channel's token says: issued by the channel, for this bot, for this conversation's connector. */
  const channelClaims = (serviceUrl: string, extra: Record<string, unknown> = {}) => ({
    iss: channelIssuer,
    aud: appId,
    serviceurl: serviceUrl,
    nbf: now() - 60,
    iat: now() - 60,
    exp: now() + 3600,
    ...extra,
  });
  /** A Web Chat message asking for its replies in the response: the bot then needs no token of its own to answer. */
  const question = (serviceUrl: string, channelId = 'webchat') => ({
    ...new EmulatorSession(serviceUrl).message('Quelles sont les missions du développeur back end ?'),
    channelId,
    deliveryMode: 'expectReplies',
  });
  type Replies = { activities: Array<{ type: string; attachments?: Array<{ contentType: string; content: unknown }> }> };

  test('the request is accepted and the bot answers it', async () => {
    const serviceUrl = connector.url;
    const response = await postJson(`${signedBot.url}/api/messages`, question(serviceUrl), { authorization: `Bearer ${keys.sign(channelClaims(serviceUrl))}` });

    expect(response.status).toBe(200);
    const messages = (response.body as Replies).activities.filter((activity) => activity.type === 'message');
    expect(messages).toHaveLength(1);
    expect(JSON.stringify(messages[0].attachments)).toContain('"entryId":"back-end-missions"');
    // The keys were fetched from the metadata, as the SDK does with Azure's.
    expect(keys.requested).toEqual(['/v1/.well-known/openidconfiguration', '/v1/.well-known/keys']);
  });

  test.each([
    ['for another bot (audience)', (url: string) => keys.sign(channelClaims(url, { aud: '00000000-0000-0000-0000-000000000002' }))],
    ['for another connector (serviceurl)', (url: string) => keys.sign(channelClaims(url, { serviceurl: 'https://smba.trafficmanager.net/emea/' }))],
    ['expired an hour ago', (url: string) => keys.sign(channelClaims(url, { nbf: now() - 7200, iat: now() - 7200, exp: now() - 3600 }))],
  ])('the same message with a token %s is refused with 401 and the bot does not run', async (_name, token) => {
    const serviceUrl = connector.url;
    const response = await postJson(`${signedBot.url}/api/messages`, question(serviceUrl), { authorization: `Bearer ${token(serviceUrl)}` });

    expect(response).toEqual({ status: 401, body: { error: httpErrors.unauthorized }, contentType: expect.stringMatching(/json/) });
  });

  const forgedSignature = (url: string) => keys.sign(channelClaims(url), generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);

  test('the same message with a token signed by another key is refused: no replies, an error status', async () => {
    const serviceUrl = connector.url;
    const response = await postJson(`${signedBot.url}/api/messages`, question(serviceUrl), { authorization: `Bearer ${forgedSignature(serviceUrl)}` });

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body).toEqual({ error: expect.any(String) });
  });

  test('the same message with a token signed by another key is refused with 401 like the others', async () => {
    const serviceUrl = connector.url;
    const response = await postJson(`${signedBot.url}/api/messages`, question(serviceUrl), { authorization: `Bearer ${forgedSignature(serviceUrl)}` });

    expect(response).toEqual({ status: 401, body: { error: httpErrors.unauthorized }, contentType: expect.stringMatching(/json/) });
  });

  test('a valid token from a channel its key is not endorsed for is refused with 401', async () => {
    const serviceUrl = connector.url;
    const response = await postJson(`${signedBot.url}/api/messages`, question(serviceUrl, 'slack'), {
      authorization: `Bearer ${keys.sign(channelClaims(serviceUrl))}`,
    });
    expect(response).toEqual({ status: 401, body: { error: httpErrors.unauthorized }, contentType: expect.stringMatching(/json/) });
  });
});
