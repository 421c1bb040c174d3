import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig, ConfigError } from '../../src/config/loadConfig';
import { startAdminBot, type AdminBot } from './adminServer';
import { seededRecords, UNSURE_ENTRY, UNSURE_QUESTION } from './seededRecords';

const SECRET = 'un-secret-de-test-assez-long-0123';
let bot: AdminBot;
beforeAll(async () => {
  bot = await startAdminBot({ secret: SECRET, records: seededRecords() });
});
afterAll(() => bot.close());

const get = (route: string, secret?: string) => fetch(`${bot.url}${route}`, { headers: secret === undefined ? {} : { 'X-Admin-Secret': secret } });
const post = (route: string, body: unknown, secret?: string) =>
  fetch(`${bot.url}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(secret === undefined ? {} : { 'X-Admin-Secret': secret }) },
    body: JSON.stringify(body),
  });

describe('When ADMIN_SECRET is not configured', () => {
  test('/admin and its data routes do not exist (404)', async () => {
    const off = await startAdminBot({ records: seededRecords() });
    try {
      for (const route of ['/admin', '/admin/admin.js', '/admin/api/dashboard']) expect((await fetch(`${off.url}${route}`)).status).toBe(404);
      expect((await fetch(`${off.url}/admin/api/apply`, { method: 'POST' })).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});

describe('When the staff page is on', () => {
  test('the page itself (no data in it) is served with a strict Content-Security-Policy and no caching', async () => {
    const response = await get('/admin');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('Accès réservé');
    expect((await get('/admin/chart.js')).status).toBe(200);
  });

  test.each([
    ['no secret', undefined],
    ['an empty secret', ''],
    ['a wrong secret', 'un-secret-de-test-assez-long-0124'],
    ['the secret with a character more', `${SECRET}x`],
  ])('with %s, every data route answers 401 with no figure in it', async (_what, secret) => {
    const dashboard = await get('/admin/api/dashboard?from=2026-11-27&to=2026-11-29', secret);
    expect(dashboard.status).toBe(401);
    const text = await dashboard.text();
    expect(text).toContain('Secret manquant ou incorrect');
    expect(text).not.toMatch(/questions|portage|back end/i);

    const before = await readFile(path.join(bot.knowledgeDir, 'developpeur-back-end.yaml'), 'utf8');
    const apply = await post('/admin/api/apply', { entryId: UNSURE_ENTRY, question: UNSURE_QUESTION }, secret);
    expect(apply.status).toBe(401);
    expect(await readFile(path.join(bot.knowledgeDir, 'developpeur-back-end.yaml'), 'utf8')).toBe(before);
  });

  test('with the secret, the figures come back', async () => {
    const response = await get('/admin/api/dashboard?from=2026-11-27&to=2026-11-29', SECRET);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { totals: { questions: number } };
    expect(body.totals.questions).toBe(12);
  });

  test('a text that the records do not propose cannot be written, even with the secret', async () => {
    const response = await post('/admin/api/apply', { entryId: UNSURE_ENTRY, question: 'voir https://exemple.test' }, SECRET);
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: string }).error).toContain('n’existe plus');
  });

  test('a period that is not two days in order is refused with a French message', async () => {
    const response = await get('/admin/api/dashboard?from=2026-11-29&to=2026-11-01', SECRET);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('Période invalide');
  });
});

describe('When someone keeps guessing the secret', () => {
  test('past the limit of wrong secrets, the IP gets 429 for a while, even with the right secret', async () => {
    const guarded = await startAdminBot({ secret: SECRET, records: seededRecords(), failureLimit: { failures: 3, windowSeconds: 600 } });
    const attempt = (secret: string) => fetch(`${guarded.url}/admin/api/dashboard`, { headers: { 'X-Admin-Secret': secret } });
    try {
      expect((await attempt(SECRET)).status).toBe(200);
      for (let i = 0; i < 3; i++) expect((await attempt(`mauvais-secret-numero-${i}`)).status).toBe(401);
      const locked = await attempt(SECRET);
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(500);
      expect(((await locked.json()) as { error: string }).error).toContain('Trop d’essais');
    } finally {
      await guarded.close();
    }
  });
});

describe('When ADMIN_SECRET is configured too weak', () => {
  test.each([
    ['short', 'court', 'ADMIN_SECRET is too short (5 characters)'],
    ['one character repeated', 'aaaaaaaaaaaaaaaaaaaa', 'ADMIN_SECRET is one character repeated'],
  ])('the bot does not start (%s), and says how to make a good one', (_what, secret, message) => {
    let error: unknown;
    try {
      loadConfig({ ADMIN_SECRET: secret });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([expect.stringContaining(message)]);
  });

  test('a long random one is kept, and an empty one turns the page off', () => {
    expect(loadConfig({ ADMIN_SECRET: SECRET }).admin).toEqual({ secret: SECRET });
    expect(loadConfig({ ADMIN_SECRET: '' }).admin).toEqual({});
  });
});
