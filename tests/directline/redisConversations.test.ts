import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openRedisConnection, type RedisConnection } from '../../src/server/directLine/redisConnection';
import { RedisConversations, type RedisConversationsOptions } from '../../src/server/directLine/redisConversations';
import { redisRateLimits } from '../../src/server/directLine/redisRateLimits';
import { freePort, noRedisReason, skipRedisTests, startRedisServer, type RedisServer } from '../helpers/redisServer';
import { silentLogger } from '../helpers/logs';

let redis: RedisServer;
const connections: RedisConnection[] = [];
let prefixes = 0;

beforeAll(async () => {
  if (!skipRedisTests) redis = await startRedisServer();
}, 30_000);
afterAll(async () => {
  for (const connection of connections) await connection.close();
  await redis?.stop();
});

/** Two instances' stores over one Redis, with their own connections, under a prefix of their own. */
async function twoInstances(options: Partial<RedisConversationsOptions> = {}): Promise<[RedisConversations, RedisConversations]> {
  const settings = { idleMs: 60_000, maxConversations: 100, maxActivities: 100, maxConversationBytes: 1e9, maxTotalBytes: 1e12, keyPrefix: `t${++prefixes}:`, ...options };
  const open = async () => {
    const connection = await openRedisConnection(redis.url, silentLogger);
    connections.push(connection);
    return new RedisConversations(connection, settings);
  };
  return [await open(), await open()];
}

const message = (text: string) => ({ type: 'message', text });

describe.skipIf(skipRedisTests)(`When the built-in Direct Line keeps its conversations in Redis${skipRedisTests ? ` (skipped: ${noRedisReason})` : ''}`, () => {
  test('a conversation created by one instance opens with its token on the other, watermarks continuing', async () => {
    const [a, b] = await twoInstances();
    const created = await a.create();
    expect(created).toBeDefined();
    const { conversation, token } = created!;
    expect(await b.byToken(token)).toEqual({ id: conversation.id, userId: conversation.userId, started: false });
    expect(await a.append(conversation.id, [message('un')])).toEqual([`${conversation.id}|0000001`]);
    expect(await b.append(conversation.id, [message('deux'), message('trois')])).toEqual([`${conversation.id}|0000002`, `${conversation.id}|0000003`]);
    const all = await b.since(conversation.id, '');
    expect(all.watermark).toBe('3');
    expect(all.activities.map((activity) => [activity.id, activity.text])).toEqual([
      [`${conversation.id}|0000001`, 'un'],
      [`${conversation.id}|0000002`, 'deux'],
      [`${conversation.id}|0000003`, 'trois'],
    ]);
    expect((await a.since(conversation.id, '1')).activities.map((activity) => activity.text)).toEqual(['deux', 'trois']);
    expect(await a.since(conversation.id, '3')).toEqual({ activities: [], watermark: '3' });
  });

  test('the greeting is sent once: only one instance marks the conversation started', async () => {
    const [a, b] = await twoInstances();
    const { conversation } = (await a.create())!;
    const marks = await Promise.all([a.markStarted(conversation.id), b.markStarted(conversation.id), a.markStarted(conversation.id)]);
    expect(marks.filter(Boolean)).toHaveLength(1);
    expect((await b.byToken((await b.issueToken(conversation.id))!))?.started).toBe(true);
  });

  test('a refreshed token works everywhere, the one before it too, and the one before that no more', async () => {
    const [a, b] = await twoInstances();
    const { conversation, token: first } = (await a.create())!;
    const second = (await b.issueToken(conversation.id))!;
    const third = (await a.issueToken(conversation.id))!;
    expect(await b.byToken(first)).toBeUndefined();
    expect((await b.byToken(second))?.id).toBe(conversation.id);
    expect((await a.byToken(third))?.id).toBe(conversation.id);
  });

  test('the memory bounds hold in Redis: activities per conversation, and conversations in all', async () => {
    const [a, b] = await twoInstances({ maxActivities: 3, maxConversations: 2 });
    const { conversation } = (await a.create())!;
    for (let i = 1; i <= 5; i++) await (i % 2 ? a : b).append(conversation.id, [message(`m${i}`)]);
    const kept = await b.since(conversation.id, '');
    expect(kept.activities.map((activity) => activity.text)).toEqual(['m3', 'm4', 'm5']);
    expect(kept.watermark).toBe('5');
    expect(await b.create()).toBeDefined();
    expect(await a.create()).toBeUndefined();
  });

  test('a conversation nobody posted to for the idle time is gone, its token with it, and its place is free again', async () => {
    const [a, b] = await twoInstances({ idleMs: 300, maxConversations: 1 });
    const { token } = (await a.create())!;
    expect(await b.create()).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await b.byToken(token)).toBeUndefined();
    expect(await b.create()).toBeDefined();
  });

  test('a visitor’s post restarts the idle countdown; the bot’s replies do not', async () => {
    const [a, b] = await twoInstances({ idleMs: 400 });
    const { conversation, token } = (await a.create())!;
    await new Promise((resolve) => setTimeout(resolve, 250));
    await b.append(conversation.id, [message('question')], { visitorPosted: true });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await a.byToken(token))?.id).toBe(conversation.id);
    await a.append(conversation.id, [message('réponse')]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await a.byToken(token)).toBeUndefined();
  });

  test('turns of one conversation never overlap, whichever instance runs them', async () => {
    const [a, b] = await twoInstances();
    const { conversation } = (await a.create())!;
    const log: string[] = [];
    const turn = (name: string) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 30));
      log.push(`end ${name}`);
    };
    await Promise.all([1, 2, 3, 4, 5, 6].map((i) => (i % 2 ? a : b).inTurnOrder(conversation.id, turn(`t${i}`))));
    for (let i = 0; i < log.length; i += 2) {
      expect(log[i].replace('start', 'end')).toBe(log[i + 1]);
    }
  });

  test('rate limits count over every instance together', async () => {
    const [a, b] = await twoInstances();
    const prefix = `rl${prefixes}:`;
    const limitA = redisRateLimits((a as unknown as { redis: RedisConnection['client'] }).redis, prefix).create('posts', 2, 60);
    const limitB = redisRateLimits((b as unknown as { redis: RedisConnection['client'] }).redis, prefix).create('posts', 2, 60);
    expect(await limitA.take('c1')).toEqual({ allowed: true });
    expect(await limitB.take('c1')).toEqual({ allowed: true });
    expect(await limitA.take('c1')).toMatchObject({ allowed: false });
    expect(await limitB.take('c2')).toEqual({ allowed: true });
  });

  test('while Redis does not answer, calls fail within seconds and /healthz says degraded; then all works again', async () => {
    const [a] = await twoInstances();
    const { conversation } = (await a.create())!;
    redis.pause();
    try {
      const started = Date.now();
      await expect(a.append(conversation.id, [message('pendant')])).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(a.health()).toMatchObject({ kind: 'redis', status: 'degraded' });
    } finally {
      redis.resume();
    }
    await expect.poll(() => a.health().status, { timeout: 10_000 }).toBe('ok');
    await a.append(conversation.id, [message('après')]);
    expect((await a.since(conversation.id, '')).activities.map((activity) => activity.text)).toContain('après');
  }, 20_000);
});

describe.skipIf(skipRedisTests)('When Redis is not there yet as the bot starts', () => {
  test('the bot starts anyway, says degraded, and is ok once Redis answers, without a restart', async () => {
    const port = await freePort();
    const connection = await openRedisConnection(`redis://127.0.0.1:${port}`, silentLogger);
    connections.push(connection);
    expect(connection.health().status).toBe('degraded');
    const late = await startRedisServer(port);
    try {
      await expect.poll(() => connection.health().status, { timeout: 10_000, interval: 200 }).toBe('ok');
      expect(await connection.client.ping()).toBe('PONG');
    } finally {
      await late.stop();
    }
  });
});
