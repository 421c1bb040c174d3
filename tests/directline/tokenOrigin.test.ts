import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { directLineErrors } from '../../src/server/directLine/errorMessages';
import { limitKey } from '../../src/server/directLine/clientAddress';
import { directLineClient } from './directLineClient';
import { startWidgetServer, type RunningWidgetServer } from './widgetServer';

const allowed = 'https://www.example.fr';
let bot: RunningWidgetServer;
let client: ReturnType<typeof directLineClient>;
beforeAll(async () => {
  bot = await startWidgetServer({ widget: { allowedOrigins: [allowed] }, directLine: { conversationsPerHour: 1000 } });
  client = directLineClient(bot.url);
});
afterAll(() => bot.close());

describe('When a page asks the token endpoint for a conversation', () => {
  test('a page of another site (not in WIDGET_ALLOWED_ORIGINS) gets 403 and spends no quota', async () => {
    const refused = await client.issueToken({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: directLineErrors.originRefused('https://evil.example') });
    // Older browsers send Origin without Sec-Fetch-Site: still refused.
    expect((await client.issueToken({ origin: 'https://evil.example' })).status).toBe(403);
    // A sandboxed frame's opaque origin too.
    expect((await client.issueToken({ origin: 'null', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  test('a cross-site request that hides its Origin is refused too', async () => {
    expect((await client.issueToken({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  test('the bot’s own frame (same origin), an allowed site, and a client without Origin (curl) get a token', async () => {
    expect((await client.issueToken({ origin: bot.url, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await client.issueToken({ origin: bot.url })).status).toBe(200);
    expect((await client.issueToken({ origin: allowed, 'sec-fetch-site': 'cross-site' })).status).toBe(200);
    expect((await client.issueToken()).status).toBe(200);
  });

  test('starting a conversation without a token (POST /v3/directline/conversations) follows the same rule', async () => {
    expect((await client.start(undefined, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await client.start(undefined, { origin: allowed, 'sec-fetch-site': 'cross-site' })).status).toBe(201);
  });

  test('with WIDGET_ALLOWED_ORIGINS=* any site may ask', async () => {
    const open = await startWidgetServer({ widget: { allowedOrigins: ['*'] } });
    try {
      expect((await directLineClient(open.url).issueToken({ origin: 'https://anywhere.example', 'sec-fetch-site': 'cross-site' })).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe('When conversations are counted per client address', () => {
  test('IPv6 addresses are counted by their /64 network; IPv4 and IPv4-mapped addresses by the address', () => {
    expect(limitKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:0db8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limitKey('::1')).toBe('0:0:0:0::/64');
    expect(limitKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(limitKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(limitKey('203.0.113.7')).toBe('203.0.113.7');
  });

  test('behind a trusted proxy, a visitor changing address inside its IPv6 /64 shares one quota; another /64 has its own', async () => {
    const proxied = await startWidgetServer({ directLine: { conversationsPerHour: 2, trustProxy: true } });
    try {
      const dl = directLineClient(proxied.url);
      const from = (address: string) => dl.issueToken({ 'x-forwarded-for': address });
      expect((await from('2001:db8:1:2::1')).status).toBe(200);
      expect((await from('2001:db8:1:2::2')).status).toBe(200);
      expect((await from('2001:db8:1:2:ffff:ffff:ffff:ffff')).status).toBe(429);
      expect((await from('2001:db8:1:3::1')).status).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});
