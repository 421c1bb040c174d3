import { ActivityHandler } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { handleShutdownSignals } from '../../src/server/gracefulShutdown';
import { stopServer } from '../../src/server/stopServer';
import { postJson, startBotServer } from '../helpers/botServer';
import { startConnectorServer, type ConnectorServer } from '../helpers/connectorServer';
import { EmulatorSession } from '../helpers/emulator';
import { silentLogger } from '../helpers/logs';

/** A bot whose turn takes `ms` before it replies. */
function slowBot(ms: number): ActivityHandler {
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await context.sendActivity('fini');
    await next();
  });
  return bot;
}

let connector: ConnectorServer;
beforeAll(async () => {
  connector = await startConnectorServer();
});
afterAll(async () => {
  await connector?.close();
});

describe('When the server stops while a turn is in flight', () => {
  test('the turn finishes and is answered, new connections are refused, and the stop is quick', async () => {
    const bot = await startBotServer({ bot: () => slowBot(300) });
    connector.posted.length = 0;
    const inFlight = postJson(`${bot.url}/api/messages`, new EmulatorSession(connector.url).message('Bonjour'));
    await new Promise((resolve) => setTimeout(resolve, 100));

    const started = Date.now();
    const drained = await stopServer(bot.server, 5000);

    expect(drained).toBe(true);
    expect((await inFlight).status).toBe(200);
    expect(connector.posted.map((item) => item.activity.text)).toEqual(['fini']);
    // Keep-alive connections must not hold the stop for their idle timeout (5 s).
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(fetch(`${bot.url}/healthz`)).rejects.toThrow();
  });

  test('a turn that outlives the timeout has its connection cut and the stop still completes', async () => {
    const bot = await startBotServer({ bot: () => slowBot(3000) });
    const inFlight = postJson(`${bot.url}/api/messages`, new EmulatorSession(connector.url).message('Bonjour'));
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(await stopServer(bot.server, 200)).toBe(false);
    await expect(inFlight).rejects.toThrow();
  });
});

describe('When the process receives SIGTERM', () => {
  test('the server stops, the resources are closed and the exit code is 0', async () => {
    const bot = await startBotServer();
    const closed: string[] = [];
    const exitCodes: number[] = [];
    handleShutdownSignals({
      server: bot.server,
      logger: silentLogger,
      resources: [{ close: () => void closed.push('knowledge watcher') }],
      exit: (code) => exitCodes.push(code),
    });

    process.emit('SIGTERM');
    await expect.poll(() => exitCodes, { timeout: 3000 }).toEqual([0]);
    expect(closed).toEqual(['knowledge watcher']);
    await expect(fetch(`${bot.url}/healthz`)).rejects.toThrow();
  });
});
