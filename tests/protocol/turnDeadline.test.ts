import { createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { ActivityHandler } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BotCredentials } from '../../src/config/types';
import { httpErrors } from '../../src/server/errorMessages';
import { postJson, startBotServer, type RunningBot } from '../helpers/botServer';
import { EmulatorSession } from '../helpers/emulator';
import { captureLogs } from '../helpers/logs';

const appId = '00000000-0000-0000-0000-000000000001';
const credentials: BotCredentials = { MicrosoftAppId: appId, MicrosoftAppPassword: 'fake-password', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };
const issuer = 'https://api.botframework.com';

/** A JWT-shaped token from the channel's issuer: the SDK must fetch the signing keys before it can refuse it. */
function channelShapedToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'some-key' })}.${part({ iss: issuer, aud: appId, exp: 9999999999 })}.c2lnbmF0dXJl`;
}

/** Stands in for the OpenID metadata host when it does not answer: accepts connections, never replies. */
async function startSilentHost() {
  const sockets = new Set<Socket>();
  let connections = 0;
  let requests = 0;
  const server = createTcpServer((socket) => {
    connections++;
    socket.once('data', () => requests++);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    connections: () => connections,
    /** Connections that carried a request (undici may open a spare idle one after an aborted fetch). */
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (taken, then released): the metadata fetch fails at once, like a DNS failure. */
async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function botWithMetadataAt(url: string, logger = captureLogs().logger) {
  return startBotServer({
    credentials,
    logger,
    adapter: {
      authentication: { ToBotFromChannelOpenIdMetadataUrl: url, ToBotFromChannelTokenIssuer: issuer },
      openIdMetadata: { fetchTimeoutMs: 1500, failureCacheMs: 60_000 },
    },
    endpoints: { turnTimeoutMs: 500 },
  });
}

const message = () => new EmulatorSession('https://smba.trafficmanager.net/emea/').message('Bonjour');
const timed = async <T>(work: Promise<T>) => {
  const started = Date.now();
  const value = await work;
  return { value, ms: Date.now() - started };
};

describe('When the token-metadata host does not answer', () => {
  const logs = captureLogs();
  let host: Awaited<ReturnType<typeof startSilentHost>>;
  let bot: RunningBot;
  beforeAll(async () => {
    host = await startSilentHost();
    bot = await botWithMetadataAt(host.url, logs.logger);
  });
  afterAll(async () => {
    await Promise.all([bot?.close(), host?.close()]);
  });

  test('a request with a JWT-shaped token gets 503 with a generic body at the turn deadline, not a hang', async () => {
    const { value: response, ms } = await timed(postJson(`${bot.url}/api/messages`, message(), { authorization: `Bearer ${channelShapedToken()}` }));
    expect(response).toMatchObject({ status: 503, body: { error: httpErrors.turnTimedOut } });
    expect(ms).toBeLessThan(1400);
    expect(logs.records().some((record) => record.msg === 'A turn outlasted its deadline')).toBe(true);
  });

  test('30 such requests share one fetch: the host sees one request, not 30', async () => {
    const responses = await Promise.all(
      Array.from({ length: 30 }, () => postJson(`${bot.url}/api/messages`, message(), { authorization: `Bearer ${channelShapedToken()}` })),
    );
    expect(responses.every((response) => response.status === 503)).toBe(true);
    expect(host.requests()).toBe(1);
    expect(host.connections()).toBeLessThanOrEqual(2);
  });

  test('once the fetch has failed, requests are refused at once with 503 and no new connection', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const { value: response, ms } = await timed(postJson(`${bot.url}/api/messages`, message(), { authorization: `Bearer ${channelShapedToken()}` }));
    expect(response).toMatchObject({ status: 503, body: { error: httpErrors.authenticationUnavailable } });
    expect(ms).toBeLessThan(400);
    const connectionsBefore = host.connections();
    await postJson(`${bot.url}/api/messages`, message(), { authorization: `Bearer ${channelShapedToken()}` });
    expect(host.requests()).toBe(1);
    expect(host.connections()).toBe(connectionsBefore);
    expect(logs.records().some((record) => record.msg === 'Cannot fetch the Bot Framework signing keys')).toBe(true);
  });

  test('the server keeps serving meanwhile', async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});

describe('When the token-metadata fetch fails outright (connection refused, as with a DNS failure)', () => {
  test('the response is a generic 503: no error text, address or port in the body', async () => {
    const port = await closedPort();
    const logs = captureLogs();
    const bot = await botWithMetadataAt(`http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`, logs.logger);
    try {
      const response = await postJson(`${bot.url}/api/messages`, message(), { authorization: `Bearer ${channelShapedToken()}` });
      expect(response).toEqual({ status: 503, body: { error: httpErrors.authenticationUnavailable }, contentType: expect.stringMatching(/json/) });
      expect(JSON.stringify(response.body)).not.toMatch(/ECONNREFUSED|fetch|127\.0\.0\.1|\d{4,5}/);
      const logged = logs.records().filter((record) => record.msg === 'Cannot fetch the Bot Framework signing keys');
      expect(logged).toHaveLength(1);
    } finally {
      await bot.close();
    }
  });
});

describe('When a turn itself hangs', () => {
  test('/api/messages answers 503 after TURN_TIMEOUT_MS and the next request is served', async () => {
    let calls = 0;
    const bot = await startBotServer({
      endpoints: { turnTimeoutMs: 300 },
      bot: () => {
        const handler = new ActivityHandler();
        handler.onMessage(async (_context, next) => {
          if (calls++ === 0) await new Promise(() => undefined);
          await next();
        });
        return handler;
      },
    });
    try {
      const session = new EmulatorSession('http://127.0.0.1:9/');
      const { value: first, ms } = await timed(postJson(`${bot.url}/api/messages`, session.message('Bonjour')));
      expect(first).toMatchObject({ status: 503, body: { error: httpErrors.turnTimedOut } });
      expect(ms).toBeGreaterThanOrEqual(290);
      expect(ms).toBeLessThan(2000);
      expect((await postJson(`${bot.url}/api/messages`, session.message('Encore'))).status).toBe(200);
    } finally {
      await bot.close();
    }
  });
});
