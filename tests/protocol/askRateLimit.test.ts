import { describe, expect, test } from 'vitest';
import { postJson, startBotServer } from '../helpers/botServer';

const ask = (url: string, headers: Record<string, string> = {}) => postJson(`${url}/api/ask`, { question: 'portage salarial' }, headers);

describe('When one client sends more questions to /api/ask than ASK_REQUESTS_PER_MINUTE', () => {
  test('the extra ones get 429 with Retry-After and a JSON reason; other routes still answer', async () => {
    const bot = await startBotServer({ endpoints: { askRequestsPerMinute: 3 } });
    try {
      for (let i = 0; i < 3; i++) expect((await ask(bot.url)).status).toBe(200);
      const response = await fetch(`${bot.url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'portage salarial' }),
      });
      expect(response.status).toBe(429);
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(((await response.json()) as { error: string }).error).toContain(`${retryAfter} s`);
      // Invalid questions count too: refusing them is work as well.
      expect((await postJson(`${bot.url}/api/ask`, { question: 42 })).status).toBe(429);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    } finally {
      await bot.close();
    }
  });

  test('X-Forwarded-For changes nothing unless TRUST_PROXY is set', async () => {
    const direct = await startBotServer({ endpoints: { askRequestsPerMinute: 1 } });
    const proxied = await startBotServer({ endpoints: { askRequestsPerMinute: 1, trustProxy: true } });
    try {
      expect((await ask(direct.url, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
      expect((await ask(direct.url, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(429);

      expect((await ask(proxied.url, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
      expect((await ask(proxied.url, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
      expect((await ask(proxied.url, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
    } finally {
      await Promise.all([direct.close(), proxied.close()]);
    }
  });
});
