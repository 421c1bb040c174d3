import { afterEach, describe, expect, test } from 'vitest';
import { directLineClient, webChatMessage } from './directLineClient';
import { startWidgetServer, type RunningWidgetServer } from './widgetServer';

const minute = 60_000;
let running: RunningWidgetServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(options: Parameters<typeof startWidgetServer>[0]) {
  running = await startWidgetServer(options);
  return directLineClient(running.url);
}

async function connect(client: ReturnType<typeof directLineClient>, headers: Record<string, string> = {}) {
  const issued = await client.issueToken(headers);
  expect(issued.status).toBe(200);
  await client.start(issued.body.token);
  return issued.body;
}

describe('When a conversation stays idle', () => {
  test('after DIRECT_LINE_IDLE_MINUTES without a message its token stops working (403)', async () => {
    let now = Date.now();
    const client = await start({ now: () => now, directLine: { idleMinutes: 30 } });
    const { token, conversationId } = await connect(client);

    now += 29 * minute;
    expect((await client.poll(token, conversationId)).status).toBe(200);
    now += 2 * minute;
    expect((await client.poll(token, conversationId)).status).toBe(403);
    expect((await client.post(token, conversationId, webChatMessage('encore là ?'))).status).toBe(403);
    expect((await client.refresh(token)).status).toBe(403);
  });

  test('each message starts the countdown again, but polling does not', async () => {
    let now = Date.now();
    const client = await start({ now: () => now, directLine: { idleMinutes: 30 } });
    const { token, conversationId } = await connect(client);

    now += 20 * minute;
    expect((await client.post(token, conversationId, webChatMessage('bonjour'))).status).toBe(200);
    now += 20 * minute;
    expect((await client.poll(token, conversationId)).status).toBe(200);
    now += 11 * minute;
    expect((await client.poll(token, conversationId)).status).toBe(403);
  });
});

describe('When one conversation sends too many activities', () => {
  test('past DIRECT_LINE_ACTIVITIES_PER_MINUTE it gets 429 with Retry-After, and other conversations do not', async () => {
    const client = await start({ directLine: { activitiesPerMinute: 3 } });
    const noisy = await connect(client);
    const quiet = await connect(client);
    for (let i = 0; i < 3; i++) expect((await client.post(noisy.token, noisy.conversationId, webChatMessage(`message ${i}`))).status).toBe(200);

    const refused = await client.post(noisy.token, noisy.conversationId, webChatMessage('un de trop'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({ error: expect.stringContaining('Too many messages') });
    expect((await client.post(quiet.token, quiet.conversationId, webChatMessage('bonjour'))).status).toBe(200);
  });
});

describe('When one client starts too many conversations', () => {
  test('past DIRECT_LINE_CONVERSATIONS_PER_HOUR the token endpoint and POST /conversations answer 429', async () => {
    const client = await start({ directLine: { conversationsPerHour: 2 } });
    expect((await client.issueToken()).status).toBe(200);
    expect((await client.start(undefined)).status).toBe(201);

    const refusedToken = await client.issueToken();
    expect(refusedToken.status).toBe(429);
    expect(Number(refusedToken.headers.get('retry-after'))).toBeGreaterThan(60);
    expect((await client.start(undefined)).status).toBe(429);
  });

  test('a forged X-Forwarded-For does not get around the limit', async () => {
    const client = await start({ directLine: { conversationsPerHour: 1, trustProxy: false } });
    expect((await client.issueToken({ 'x-forwarded-for': '198.51.100.1' })).status).toBe(200);
    expect((await client.issueToken({ 'x-forwarded-for': '198.51.100.2' })).status).toBe(429);
  });

  test('behind a trusted proxy (TRUST_PROXY), each client address has its own limit', async () => {
    const client = await start({ directLine: { conversationsPerHour: 1, trustProxy: true } });
    expect((await client.issueToken({ 'x-forwarded-for': '198.51.100.1' })).status).toBe(200);
    expect((await client.issueToken({ 'x-forwarded-for': '203.0.113.9, 198.51.100.2' })).status).toBe(200);
    expect((await client.issueToken({ 'x-forwarded-for': '198.51.100.1' })).status).toBe(429);
  });
});
