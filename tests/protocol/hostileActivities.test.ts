import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decisionTraceName } from '../../src/conversation/decisionTrace';
import { httpErrors } from '../../src/server/errorMessages';
import { postJson, startBotServer, type RunningBot } from '../helpers/botServer';
import { startConnectorServer, type ConnectorServer } from '../helpers/connectorServer';
import { EmulatorSession } from '../helpers/emulator';

let bot: RunningBot;
let connector: ConnectorServer;
beforeAll(async () => {
  [bot, connector] = await Promise.all([startBotServer(), startConnectorServer()]);
});
afterAll(async () => {
  await Promise.all([bot?.close(), connector?.close()]);
});

const post = (body: unknown) => postJson(`${bot.url}/api/messages`, body);

describe('When an activity lacks what every activity has', () => {
  test.each([
    ['no conversation', { conversation: undefined }, httpErrors.conversationMissing],
    ['a conversation that is a string', { conversation: 'abc' }, httpErrors.conversationMissing],
    ['a conversation without id', { conversation: { name: 'x' } }, httpErrors.conversationMissing],
    ['no serviceUrl', { serviceUrl: undefined }, httpErrors.serviceUrlMissing],
    ['a timestamp that is not a date', { timestamp: 'yesterday-ish' }, httpErrors.dateInvalid('timestamp')],
  ])('%s gets 400 with the reason, and no turn runs', async (_name, change, error) => {
    connector.posted.length = 0;
    const response = await post({ ...new EmulatorSession(connector.url).message('Bonjour'), ...change });
    expect(response).toMatchObject({ status: 400, body: { error } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connector.posted).toEqual([]);
  });
});

describe('When an invoke is one the bot does not handle', () => {
  const invoke = (name: string, value: unknown) => ({ ...new EmulatorSession(connector.url).message(''), type: 'invoke', name, value });

  test.each([
    ['adaptiveCard/action with a string value', 'adaptiveCard/action', 'x'],
    ['adaptiveCard/action with no value', 'adaptiveCard/action', undefined],
    ['adaptiveCard/action with a valid Action.Execute', 'adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'go' } }],
    ['an unknown invoke name', 'whatever/else', {}],
    ['a sign-in invoke', 'signin/verifyState', { state: '123' }],
  ])('%s gets a 400 invoke response in the Adaptive Card error shape, never 501', async (_name, name, value) => {
    const response = await post(invoke(name, value));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'NotSupported' } });
  });
});

describe('When a caller asks for the replies in the response (deliveryMode: expectReplies)', () => {
  const ask = (channelId: string) =>
    post({ ...new EmulatorSession(connector.url).message('Quelles sont les missions du développeur back end ?'), channelId, deliveryMode: 'expectReplies' });
  const typesOf = (body: unknown) => (body as { activities: Array<{ type: string; name?: string }> }).activities;

  test.each(['webchat', 'msteams', 'directline', 'slack'])('on channel %s the replies carry no trace (no entry ids, scores or question)', async (channelId) => {
    const response = await ask(channelId);
    expect(response.status).toBe(200);
    const activities = typesOf(response.body);
    expect(activities.some((activity) => activity.type === 'message')).toBe(true);
    expect(activities.filter((activity) => activity.type === 'trace')).toEqual([]);
    expect(JSON.stringify(response.body)).not.toContain(decisionTraceName);
  });

  test('with ordinary delivery on channel webchat, the answer still reaches the connector, without trace', async () => {
    connector.posted.length = 0;
    const session = new EmulatorSession(connector.url);
    const response = await post({ ...session.message('Quelles sont les missions du développeur back end ?'), channelId: 'webchat' });
    expect(response.status).toBe(200);
    const posted = await connector.waitFor(1);
    expect(posted.map((item) => item.activity.type)).toEqual(['message']);
  });

  test('on channel emulator the FaqDecision trace is still there', async () => {
    const activities = typesOf((await ask('emulator')).body);
    expect(activities.some((activity) => activity.type === 'trace' && activity.name === decisionTraceName)).toBe(true);
  });
});
