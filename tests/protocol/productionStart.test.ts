import { describe, expect, test } from 'vitest';
import { configErrors } from '../../src/config/errorMessages';
import { httpErrors } from '../../src/server/errorMessages';
import { postJson } from '../helpers/botServer';
import { startBotProcess } from '../helpers/botProcess';
import { startConnectorServer } from '../helpers/connectorServer';
import { EmulatorSession } from '../helpers/emulator';
import { nonLoopbackLocalAddress } from '../helpers/localAddress';

const lanAddress = nonLoopbackLocalAddress();

describe('When the bot is started with NODE_ENV=production and no credentials', () => {
  test.concurrent('it refuses to start, says what to set, and exits 1', { timeout: 60_000 }, async () => {
    const bot = startBotProcess({ NODE_ENV: 'production' });
    try {
      expect(await bot.exited).toBe(1);
      expect(bot.stderr()).toContain(configErrors.credentialsRequiredInProduction());
      expect(bot.logLines().some((line) => line.msg === 'FAQ bot listening')).toBe(false);
    } finally {
      bot.child.kill('SIGKILL');
    }
  });

  test.concurrent('with ALLOW_UNAUTHENTICATED=true it starts, says /api/messages is loopback-only, and serves this machine only', { timeout: 60_000 }, async () => {
    const connector = await startConnectorServer();
    const bot = startBotProcess({ NODE_ENV: 'production', ALLOW_UNAUTHENTICATED: 'true', HOST: '0.0.0.0' });
    try {
      const port = await bot.listening();
      const listening = bot.logLines().find((line) => line.msg === 'FAQ bot listening');
      expect(listening).toMatchObject({ messagesEndpoint: 'loopback-only' });
      expect(bot.logLines().some((line) => line.level === 40 && String(line.msg).includes('serves this machine only'))).toBe(true);

      const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { messagesEndpoint: string };
      expect(health.messagesEndpoint).toBe('loopback-only');

      const message = new EmulatorSession(connector.url).message('Bonjour');
      expect((await postJson(`http://127.0.0.1:${port}/api/messages`, message)).status).toBe(200);
      await connector.waitFor(1);
      if (lanAddress) {
        // Connecting to the machine's own LAN address: the server sees a caller that is not loopback.
        const remote = await postJson(`http://${lanAddress}:${port}/api/messages`, message);
        expect(remote).toMatchObject({ status: 403, body: { error: httpErrors.messagesLoopbackOnly } });
      }
    } finally {
      bot.child.kill('SIGKILL');
      await connector.close();
    }
  });
});
