import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startConnectorServer, type ConnectorServer } from '../helpers/connectorServer';
import { echoBot } from '../hosts/echoBot';
import { EmulatorConversation } from '../hosts/emulatorActivities';
import { hostCases } from '../hosts/hostCases';
import { startHost, type RunningHost } from '../hosts/hostHarness';

// The pattern a conversation suite follows to run against every host.
describe.each(hostCases)('The %s host, through the harness', (sdk, factory) => {
  let connector: ConnectorServer;
  let running: RunningHost;
  beforeAll(async () => {
    connector = await startConnectorServer();
    running = await startHost(factory, { bot: echoBot() });
  });
  afterAll(async () => {
    await Promise.all([running?.close(), connector?.close()]);
  });

  test('is the one asked for', () => {
    expect(running.host.sdk).toBe(sdk);
  });

  test('answers a message through the connector, and the same message with expectReplies in the body', async () => {
    const conversation = new EmulatorConversation(connector.url, 'webchat');
    expect((await running.post(conversation.message('Bonjour'))).status).toBe(200);
    expect((await connector.waitFor(1))[0].activity.text).toBe('Écho : Bonjour');

    const replies = await running.post(conversation.message('Salut', { deliveryMode: 'expectReplies' }));
    expect(replies).toMatchObject({ status: 200, body: { activities: [{ type: 'message', text: 'Écho : Salut' }] } });
  });
});
