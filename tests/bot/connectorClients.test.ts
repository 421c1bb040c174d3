import type { CloudAdapterBase, TurnContext } from 'botbuilder';
import { describe, expect, test } from 'vitest';
import type { Activity } from '../../src/channels/activity';
import { createBotbuilderLogicHost } from '../../src/bot/botbuilderHost';
import { noCredentials } from '../helpers/botServer';
import { silentLogger } from '../helpers/logs';

function message(serviceUrl: string, conversationId: string): Activity {
  return {
    type: 'message',
    channelId: 'emulator',
    serviceUrl,
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: 'user' },
    recipient: { id: 'bot' },
    text: 'bonjour',
  } as Activity;
}

describe('When the botbuilder host runs turns', () => {
  test('the connector and user-token clients are made once per channel address and reused by later turns', async () => {
    const seen: Array<{ connector: unknown; userToken: unknown }> = [];
    const host = createBotbuilderLogicHost(
      noCredentials,
      async (context: TurnContext) => {
        const adapter = context.adapter as CloudAdapterBase;
        seen.push({ connector: context.turnState.get(adapter.ConnectorClientKey), userToken: context.turnState.get(adapter.UserTokenClientKey) });
        await context.sendActivity('ok');
      },
      silentLogger,
    );
    await host.runActivity('', message('http://127.0.0.1:9/', 'a'));
    await host.runActivity('', message('http://127.0.0.1:9/', 'b'));
    await host.runActivity('', message('http://127.0.0.1:10/', 'c'));
    expect(seen[0].connector).toBeDefined();
    expect(seen[1].connector).toBe(seen[0].connector);
    expect(seen[2].connector).not.toBe(seen[0].connector);
    expect(seen[1].userToken).toBe(seen[0].userToken);
  });
});
