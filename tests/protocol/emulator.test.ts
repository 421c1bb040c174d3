import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decisionTraceName, type DecisionTrace } from '../../src/conversation/decisionTrace';
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

describe('When the Emulator opens a conversation (no App ID, no password)', () => {
  test('the bot accepts the request and posts its welcome back to the Emulator as a reply to the update', async () => {
    const emulator = new EmulatorSession(connector.url);
    const update = emulator.conversationUpdate();
    connector.posted.length = 0;

    const response = await postJson(`${bot.url}/api/messages`, update);

    expect(response.status).toBe(200);
    const [posted] = await connector.waitFor(1);
    expect(posted.conversationId).toBe(emulator.conversation.id);
    expect(posted.replyToId).toBe(update.id);
    expect(posted.authorization).toBeUndefined();
    expect(posted.activity.type).toBe('message');
    expect(posted.activity.from?.id).toBe(emulator.bot.id);
    expect(posted.activity.recipient?.id).toBe(emulator.user.id);
    expect(posted.activity.suggestedActions?.actions.length).toBeGreaterThanOrEqual(3);
  });
});

describe('When the user types a question in the Emulator', () => {
  test('the decision trace and the answer reach the Emulator, in that order', async () => {
    const emulator = new EmulatorSession(connector.url);
    const message = emulator.message('Quelle école pour devenir développeur back end ?');
    connector.posted.length = 0;

    const response = await postJson(`${bot.url}/api/messages`, message);

    expect(response.status).toBe(200);
    const [trace, answer] = await connector.waitFor(2);
    expect(trace.activity.type).toBe('trace');
    expect(trace.activity.name).toBe(decisionTraceName);
    const decision = trace.activity.value as DecisionTrace;
    expect(decision.kind).toBe('answer');
    expect(decision.answers[0].id).toBe('back-end-studies');

    expect(answer.replyToId).toBe(message.id);
    expect(answer.activity.type).toBe('message');
    // The Emulator renders Adaptive Cards: the answer comes as a 1.5 card whose text blocks carry the source line.
    const [attachment] = answer.activity.attachments ?? [];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = attachment?.content as { version: string; body: Array<{ type: string; text?: string }> };
    expect(card.version).toBe('1.5');
    expect(card.body.some((element) => element.type === 'TextBlock' && element.text?.startsWith('Source :'))).toBe(true);
  });
});

describe('When the client asks for the replies in the response (deliveryMode expectReplies)', () => {
  test('the replies come back in the HTTP response body and nothing is posted to the connector', async () => {
    const emulator = new EmulatorSession(connector.url);
    connector.posted.length = 0;

    const response = await postJson(
      `${bot.url}/api/messages`,
      emulator.message('Comment faire pousser des tomates sur mon balcon ?', { deliveryMode: 'expectReplies' }),
    );

    expect(response.status).toBe(200);
    const { activities } = response.body as { activities: Array<{ type: string; name?: string; value?: DecisionTrace; text?: string }> };
    const trace = activities.find((activity) => activity.name === decisionTraceName);
    expect(trace?.value?.kind).toBe('fallback');
    const reply = activities.find((activity) => activity.type === 'message');
    expect(reply?.text).toMatch(/je ne sais pas/i);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(connector.posted).toEqual([]);
  });
});

describe('When the user presses a button of an answer card in the Emulator', () => {
  test('the submit data comes back as the message value and the bot answers that follow-up by its id', async () => {
    const emulator = new EmulatorSession(connector.url);
    type Replies = { activities: Array<{ type: string; name?: string; value?: DecisionTrace; attachments?: Array<{ content: unknown }> }> };
    const ask = async (extra: Record<string, unknown>, text?: string) =>
      (await postJson(`${bot.url}/api/messages`, emulator.message(text ?? '', { deliveryMode: 'expectReplies', ...extra }))).body as Replies;

    const first = await ask({}, 'Quelle école pour devenir développeur back end ?');
    const card = first.activities.find((activity) => activity.attachments?.length)?.attachments?.[0].content as {
      body: Array<{ type: string; actions?: Array<{ type: string; data: { action: string; entryId: string } }> }>;
    };
    const button = card.body.flatMap((element) => element.actions ?? []).find((action) => action.data.action === 'followup')!;

    const second = await ask({ text: undefined, value: button.data });

    const trace = second.activities.find((activity) => activity.name === decisionTraceName)?.value;
    expect(trace?.via).toBe('button');
    expect(trace?.answers[0].id).toBe(button.data.entryId);
    expect(second.activities.some((activity) => activity.type === 'message' && activity.attachments?.length)).toBe(true);
  });
});
