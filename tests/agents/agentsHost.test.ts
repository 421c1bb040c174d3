import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAgentsHost } from '../../src/agents/createAgentsHost';
import type { Activity } from '../../src/channels/activity';
import { startConnectorServer, type ConnectorServer } from '../helpers/connectorServer';
import { captureLogs } from '../helpers/logs';
import { echoBot, type EchoBot } from '../hosts/echoBot';
import { EmulatorConversation } from '../hosts/emulatorActivities';
import { startHost, type RunningHost } from '../hosts/hostHarness';

let connector: ConnectorServer;
let bot: EchoBot;
let running: RunningHost;
beforeAll(async () => {
  connector = await startConnectorServer();
  bot = echoBot();
  running = await startHost(createAgentsHost, { bot });
});
afterAll(async () => {
  await Promise.all([running?.close(), connector?.close()]);
});

const replies = (body: unknown) => (body as { activities: Activity[] }).activities;

describe('The agents host without credentials (Emulator, Agents Playground)', () => {
  test('says which SDK it is', () => {
    expect(running.host.sdk).toBe('agents');
  });

  test('a message runs the bot, whose reply is posted to the serviceUrl as a reply to the message', async () => {
    connector.posted.length = 0;
    const conversation = new EmulatorConversation(connector.url);
    const message = conversation.message('Bonjour');

    const response = await running.post(message);

    expect(response).toEqual({ status: 200, body: undefined });
    const [posted] = await connector.waitFor(2);
    expect(posted.conversationId).toBe(conversation.conversation.id);
    expect(posted.replyToId).toBe(message.id);
    expect(posted.authorization).toBeUndefined();
    expect(posted.activity).toMatchObject({
      type: 'trace',
      name: 'EchoDecision',
      channelId: 'emulator',
      from: { id: conversation.bot.id },
      recipient: { id: conversation.user.id },
    });
    expect(connector.posted[1].activity).toMatchObject({ type: 'message', text: 'Écho : Bonjour', replyToId: message.id });
    expect(bot.seen.at(-1)).toEqual(message);
  });

  test('the bot gets back the ids the channel gave its replies', () => {
    expect(bot.sentIds.at(-1)).toEqual([{ id: expect.stringMatching(/^reply-/) }, { id: expect.stringMatching(/^reply-/) }]);
  });

  test('trace activities are not posted to channels other than the Emulator', async () => {
    connector.posted.length = 0;
    await running.post(new EmulatorConversation(connector.url, 'webchat').message('Bonjour'));
    const posted = await connector.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connector.posted.map((p) => p.activity.type)).toEqual(['message']);
    expect(posted[0].activity.channelId).toBe('webchat');
  });

  test('with deliveryMode expectReplies the replies come back in the body, traces dropped outside the Emulator', async () => {
    connector.posted.length = 0;
    const message = new EmulatorConversation(connector.url, 'directline').message('Bonjour', { deliveryMode: 'expectReplies' });

    const response = await running.post(message);

    expect(response.status).toBe(200);
    expect(replies(response.body)).toEqual([
      expect.objectContaining({ type: 'message', text: 'Écho : Bonjour', channelId: 'directline', replyToId: message.id, conversation: message.conversation }),
    ]);
    expect(replies(response.body)[0]).not.toHaveProperty('_channelId');
    expect(connector.posted).toEqual([]);
  });

  test('with deliveryMode expectReplies on the Emulator, the trace is kept', async () => {
    const message = new EmulatorConversation(connector.url).message('Bonjour', { deliveryMode: 'expectReplies' });
    const response = await running.post(message);
    expect(replies(response.body).map((reply) => [reply.type, reply.channelId])).toEqual([
      ['trace', 'emulator'],
      ['message', 'emulator'],
    ]);
  });

  test('expectReplies needs no serviceUrl', async () => {
    const { serviceUrl: _none, ...message } = new EmulatorConversation(connector.url).message('Bonjour', { deliveryMode: 'expectReplies' });
    const response = await running.post(message);
    expect(response.status).toBe(200);
    expect(replies(response.body).map((reply) => reply.text)).toContain('Écho : Bonjour');
  });

  test("an invoke returns the bot's InvokeResult as the HTTP answer", async () => {
    const response = await running.post(new EmulatorConversation(connector.url, 'msteams').invoke('message/submitAction', { actionValue: 'like' }));
    expect(response).toEqual({ status: 200, body: { echoed: 'message/submitAction' } });
  });

  test('an invoke the bot does not answer gets 501, as with botbuilder', async () => {
    const silent = await startHost(createAgentsHost, { bot: echoBot({ invokeResult: () => undefined }) });
    try {
      expect((await silent.post(new EmulatorConversation(connector.url).invoke('unknown/invoke', {}))).status).toBe(501);
    } finally {
      await silent.close();
    }
  });

  test('a request carrying a token is checked even without credentials, and refused', async () => {
    const response = await running.post(new EmulatorConversation(connector.url).message('Bonjour'), { authorization: 'Bearer not-a-jwt' });
    expect(response.status).toBe(401);
    expect(running.failures.at(-1)).toBe('token-refused');
  });

  test('an activity without conversation is answered 400 by the SDK and the bot does not run', async () => {
    const runs = bot.seen.length;
    const { conversation: _none, ...activity } = new EmulatorConversation(connector.url).message('Bonjour');
    expect((await running.post(activity)).status).toBe(400);
    expect(bot.seen.length).toBe(runs);
  });

  test.each([
    ['an empty locale', { locale: '' }, 'locale'],
    ['an empty sender id', { from: { id: '' } }, 'from.id'],
    ['an entity without type', { entities: [{ mentioned: 'x' }] }, 'entities.0.type'],
  ])("an activity the SDK's schema refuses (%s) gets 400 naming the field, and the bot does not run", async (_name, extra, field) => {
    const runs = bot.seen.length;
    const response = await running.post({ ...new EmulatorConversation(connector.url).message('Bonjour'), ...extra } as Activity);
    expect(response.status).toBe(400);
    expect((response.body as { error: string }).error).toContain(field);
    expect(bot.seen.length).toBe(runs);
  });
});

describe('When the bot throws during a turn', () => {
  const logs = captureLogs();
  let failing: RunningHost;
  beforeAll(async () => {
    failing = await startHost(createAgentsHost, { bot: echoBot({ fail: true }), logger: logs.logger, options: { turnErrorMessage: 'Désolé, une erreur est survenue.' } });
  });
  afterAll(async () => {
    await failing?.close();
  });

  test('the error is logged once, the user gets the message, the Emulator the trace, and the request still gets 200', async () => {
    connector.posted.length = 0;
    const response = await failing.post(new EmulatorConversation(connector.url).message('Bonjour'));
    expect(response.status).toBe(200);
    const posted = await connector.waitFor(2);
    expect(posted.map((p) => [p.activity.type, p.activity.text ?? p.activity.label])).toEqual([
      ['trace', 'TurnError'],
      ['message', 'Désolé, une erreur est survenue.'],
    ]);
    expect(logs.records().filter((record) => record.msg === 'Unhandled error during a bot turn')).toHaveLength(1);
  });
});
