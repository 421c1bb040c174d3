import { describe, expect, test } from 'vitest';
import { startBotProcess as startBot } from '../helpers/botProcess';

describe('When the bot is started with a valid configuration', () => {
  test.concurrent('it listens, serves /healthz, and exits 0 on SIGTERM after logging its stop', async () => {
    const bot = startBot({});
    try {
      await expect.poll(() => bot.logLines().find((line) => line.msg === 'FAQ bot listening'), { timeout: 15_000, interval: 100 }).toBeTruthy();
      const { port } = bot.logLines().find((line) => line.msg === 'FAQ bot listening') as { port: number };

      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);

      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(bot.logLines().map((line) => line.msg)).toContain('Stopped');
    } finally {
      bot.child.kill('SIGKILL');
    }
  });
});

describe('When the bot is started with an invalid configuration', () => {
  test.concurrent('it prints what to fix and exits 1', async () => {
    const bot = startBot({ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'id', MicrosoftAppPassword: 'secret', PORT: 'eighty' });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain('MicrosoftAppTenantId is required for SingleTenant.');
    expect(bot.stderr()).toContain('PORT must be an integer');
    expect(bot.stderr()).not.toContain('secret');
  });

  test.concurrent('an invalid knowledge folder is reported with the same care and exits 1', async () => {
    const bot = startBot({ KNOWLEDGE_DIR: 'no-such-folder' });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain('no-such-folder');
  });
});
