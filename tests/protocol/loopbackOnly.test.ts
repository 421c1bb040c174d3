import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { httpErrors } from '../../src/server/errorMessages';
import { isLoopbackAddress, isLoopbackUrl } from '../../src/server/loopback';
import { postJson, startBotServer, type RunningBot } from '../helpers/botServer';
import { startConnectorServer, type ConnectorServer } from '../helpers/connectorServer';
import { EmulatorSession } from '../helpers/emulator';
import { nonLoopbackLocalAddress } from '../helpers/localAddress';

const lanAddress = nonLoopbackLocalAddress();

describe('Which callers count as this machine', () => {
  test.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.0.2.2', false],
    ['::ffff:192.0.2.2', false],
    ['fd00::2', false],
    ['0.0.0.0', false],
    ['', false],
    [undefined, false],
  ])('a socket from %s: %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });

  test.each([
    ['http://localhost:56150/', true],
    ['http://127.0.0.1:3978/', true],
    ['https://127.1.2.3/path', true],
    ['http://[::1]:8080/', true],
    ['http://0x7f.1/', true],
    ['http://2130706433/', true],
    ['http://192.0.2.2:8080/', false],
    ['http://169.254.169.254/latest/meta-data/', false],
    ['http://127.0.0.1.nip.io/', false],
    ['http://localhost.example.org/', false],
    ['http://user:pass@127.0.0.1/', false],
    ['file:///etc/passwd', false],
    ['ftp://127.0.0.1/', false],
    ['not a url', false],
    [42, false],
  ])('a serviceUrl %s: %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });
});

/** A server that records every request it gets: where the bot must never post when told to. */
async function startRecordingServer(host: string) {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json');
    res.end('{"id":"x"}');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return { port, hits, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** POSTs JSON from a chosen local address, so that the server sees that address as the caller. */
function postFrom(localAddress: string, url: string, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = request(url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } }, (res: IncomingMessage) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

describe('When the bot has no credentials', () => {
  let bot: RunningBot;
  let connector: ConnectorServer;
  beforeAll(async () => {
    [bot, connector] = await Promise.all([startBotServer({ host: '0.0.0.0' }), startConnectorServer()]);
  });
  afterAll(async () => {
    await Promise.all([bot?.close(), connector?.close()]);
  });
  const port = () => new URL(bot.url).port;

  test('a caller on this machine is served, and /healthz says /api/messages is loopback-only', async () => {
    const response = await postJson(`${bot.url}/api/messages`, new EmulatorSession(connector.url).message('Bonjour'));
    expect(response.status).toBe(200);
    await connector.waitFor(1);
    const health = (await (await fetch(`${bot.url}/healthz`)).json()) as { messagesEndpoint: string };
    expect(health.messagesEndpoint).toBe('loopback-only');
  });

  test.skipIf(!lanAddress)('a caller from another address is refused with 403 and a JSON reason, X-Forwarded-For or not', async () => {
    connector.posted.length = 0;
    const url = `http://${lanAddress}:${port()}/api/messages`;
    const message = new EmulatorSession(connector.url).message('Bonjour');
    const headerSets: Array<Record<string, string>> = [{}, { 'x-forwarded-for': '127.0.0.1' }];
    for (const headers of headerSets) {
      const response = await postFrom(lanAddress as string, url, message, headers);
      expect(response).toEqual({ status: 403, body: { error: httpErrors.messagesLoopbackOnly } });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(connector.posted).toEqual([]);
    // The other routes are not concerned.
    expect((await postFrom(lanAddress as string, `http://${lanAddress}:${port()}/api/ask`, { question: 'portage' })).status).toBe(200);
  });

  test.skipIf(!lanAddress)('a serviceUrl that is not this machine is refused with 400 before any request is sent to it', async () => {
    const target = await startRecordingServer('0.0.0.0');
    try {
      const session = new EmulatorSession(`http://${lanAddress}:${target.port}/internal/admin/`);
      const started = Date.now();
      const response = await postJson(`${bot.url}/api/messages`, session.message('Bonjour'));
      expect(response).toMatchObject({ status: 400, body: { error: httpErrors.serviceUrlNotLoopback } });
      expect(Date.now() - started).toBeLessThan(1000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(target.hits).toEqual([]);
    } finally {
      await target.close();
    }
  });

  test('a serviceUrl on a name that could resolve anywhere is refused with 400, whatever the port', async () => {
    for (const serviceUrl of ['http://metadata.internal/', 'http://169.254.169.254/latest/', 'http://127.0.0.1.nip.io:22/', 'gopher://127.0.0.1:25/']) {
      const response = await postJson(`${bot.url}/api/messages`, new EmulatorSession(serviceUrl).message('Bonjour'));
      expect(response).toMatchObject({ status: 400, body: { error: httpErrors.serviceUrlNotLoopback } });
    }
  });
});

describe('When the check of who is calling says "not this machine" (route wiring, whatever the host has)', () => {
  test('/api/messages answers 403 and runs no turn; with credentials, the same caller reaches the token check', async () => {
    const connector = await startConnectorServer();
    const anonymous = await startBotServer({ endpoints: { isLocalRequest: () => false } });
    const authenticated = await startBotServer({
      endpoints: { isLocalRequest: () => false },
      credentials: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'p', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' },
    });
    try {
      const message = new EmulatorSession(connector.url).message('Bonjour');
      expect(await postJson(`${anonymous.url}/api/messages`, message)).toMatchObject({ status: 403, body: { error: httpErrors.messagesLoopbackOnly } });
      expect((await postJson(`${authenticated.url}/api/messages`, message)).status).toBe(401);
      const health = (await (await fetch(`${authenticated.url}/healthz`)).json()) as { messagesEndpoint: string };
      expect(health.messagesEndpoint).toBe('authenticated');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(connector.posted).toEqual([]);
    } finally {
      await Promise.all([anonymous.close(), authenticated.close(), connector.close()]);
    }
  });
});
