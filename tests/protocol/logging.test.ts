import { describe, expect, test } from 'vitest';
import { postJson, startBotServer } from '../helpers/botServer';
import { captureLogs } from '../helpers/logs';

describe('When the server handles requests', () => {
  test('each request is logged as one JSON line with method, path, status and duration, without headers (debug level)', async () => {
    const logs = captureLogs('debug');
    const bot = await startBotServer({ logger: logs.logger });
    try {
      await postJson(`${bot.url}/api/ask`, { question: 'portage' }, { authorization: 'Bearer top-secret', cookie: 'session=abc' });
    } finally {
      await bot.close();
    }
    const line = logs.records().find((record) => record.msg === 'request');
    expect(line).toMatchObject({ method: 'POST', path: '/api/ask', status: 200, ms: expect.any(Number) });
    expect(logs.text()).not.toContain('top-secret');
    expect(logs.text()).not.toContain('session=abc');
  });
});

describe('At the default level (info)', () => {
  test('a request answered at once is not logged; a refused one is, with its status', async () => {
    const logs = captureLogs();
    const bot = await startBotServer({ logger: logs.logger });
    try {
      expect((await postJson(`${bot.url}/api/ask`, { question: 'portage' })).status).toBe(200);
      expect((await postJson(`${bot.url}/api/ask`, { nothing: true })).status).toBe(400);
    } finally {
      await bot.close();
    }
    const lines = logs.records().filter((record) => record.msg === 'request');
    expect(lines).toEqual([expect.objectContaining({ method: 'POST', path: '/api/ask', status: 400, level: 30 })]);
  });
});

describe('When a secret is logged by mistake', () => {
  test('the learning salt is censored too, under any of its names', () => {
    const logs = captureLogs();
    logs.logger.info({ config: { learning: { salt: 's3cr3t-salt-value', retentionDays: 90 } } }, 'config');
    logs.logger.info({ learning: { salt: 's3cr3t-salt-value' }, LEARNING_SALT: 's3cr3t-salt-value' }, 'env');
    expect(logs.text()).not.toContain('s3cr3t');
    expect(logs.text()).toContain('retentionDays');
  });

  test('pino censors the password and authorization fields', () => {
    const logs = captureLogs();
    logs.logger.info({ config: { MicrosoftAppPassword: 'p4ss' }, req: { headers: { authorization: 'Bearer t0ken' } } }, 'oops');
    logs.logger.info({ MicrosoftAppPassword: 'p4ss', authorization: 'Bearer t0ken' }, 'oops again');
    expect(logs.text()).not.toMatch(/p4ss|t0ken/);
    expect(logs.text()).toContain('[redacted]');
  });
});
