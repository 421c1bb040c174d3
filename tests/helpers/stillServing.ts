import { expect } from 'vitest';
import { postJson, type RunningBot } from './botServer';
import type { ConnectorServer } from './connectorServer';
import { EmulatorSession } from './emulator';

/** A valid Emulator message still gets its answer: the server survived whatever came before. */
export async function expectStillServing(bot: RunningBot, connector: ConnectorServer): Promise<void> {
  connector.posted.length = 0;
  const response = await postJson(`${bot.url}/api/messages`, new EmulatorSession(connector.url).message('Bonjour'));
  expect(response.status).toBe(200);
  const posted = await connector.waitFor(2);
  expect(posted.some((item) => item.activity.type === 'message')).toBe(true);
}
