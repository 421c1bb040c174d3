import type { Request, Response } from 'restify';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { postJson, startBotServer } from '../helpers/botServer';
import { EmulatorSession } from '../helpers/emulator';
import { captureLogs } from '../helpers/logs';

const token = 'conversation-token-that-must-never-be-logged';

/** A route whose reply restify cannot format (a cycle): restify then logs a warning with the whole request. */
function addUnformattableRoute(server: import('restify').Server): void {
  server.get('/test/unformattable', async (_req: Request, res: Response) => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    res.send(200, cycle);
  });
}

describe("When restify logs something itself (a reply it cannot format, with the request)", () => {
  test("it goes through the app's logger: one JSON line, the request without headers, no bearer token", async () => {
    const logs = captureLogs();
    const bot = await startBotServer({ logger: logs.logger });
    addUnformattableRoute(bot.server);
    try {
      const response = await fetch(`${bot.url}/test/unformattable`, { headers: { authorization: `Bearer ${token}`, cookie: 'session=abc' } });
      expect(response.status).toBe(500);
    } finally {
      await bot.close();
    }
    const restifyLines = logs.records().filter((record) => record.component === 'restify');
    expect(restifyLines).toHaveLength(1);
    expect(restifyLines[0]).toMatchObject({ level: 40, req: { method: 'GET', url: '/test/unformattable' } });
    expect(logs.text()).not.toContain(token);
    expect(logs.text()).not.toContain('session=abc');
  });

  test('LOG_LEVEL applies to it: at error level, its warning is not written', async () => {
    const logs = captureLogs();
    logs.logger.level = 'error';
    const bot = await startBotServer({ logger: logs.logger });
    addUnformattableRoute(bot.server);
    try {
      await fetch(`${bot.url}/test/unformattable`, { headers: { authorization: `Bearer ${token}` } });
    } finally {
      await bot.close();
    }
    expect(logs.records().filter((record) => record.component === 'restify')).toEqual([]);
  });
});

describe('When a request to /api/messages is refused for its token', () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  let consoleWarn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    consoleError.mockRestore();
    consoleWarn.mockRestore();
  });

  test('the 401 is logged as one JSON line with the reason, no stack on the console, no token', async () => {
    const logs = captureLogs();
    const bot = await startBotServer({
      logger: logs.logger,
      credentials: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'p', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' },
    });
    try {
      const response = await postJson(`${bot.url}/api/messages`, new EmulatorSession('https://smba.trafficmanager.net/emea/').message('Bonjour'), {
        authorization: `Bearer ${token}`,
      });
      expect(response.status).toBe(401);
    } finally {
      await bot.close();
    }
    const refusals = logs.records().filter((record) => record.msg === 'Bot Framework token refused');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ status: 401, reason: expect.any(String) });
    expect(refusals[0]).not.toHaveProperty('err');
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
    expect(logs.text()).not.toContain(token);
  });
});
