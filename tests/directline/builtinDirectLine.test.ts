import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { messages } from '../../src/conversation/messages';
import type { ChannelActivity } from '../../src/server/directLine/types';
import { cardOf, cardText, directLineClient, webChatMessage } from './directLineClient';
import { answerStart, plain, questionWithFollowUp } from './knownAnswer';
import { startWidgetServer, type RunningWidgetServer } from './widgetServer';

let bot: RunningWidgetServer;
let client: ReturnType<typeof directLineClient>;

beforeAll(async () => {
  bot = await startWidgetServer();
  client = directLineClient(bot.url);
});
afterAll(() => bot.close());

/** A started conversation, as Web Chat has it after connecting. */
async function connect() {
  const issued = await client.issueToken();
  expect(issued.status).toBe(200);
  const started = await client.start(issued.body.token);
  expect(started.status).toBe(201);
  return { ...issued.body, conversationId: started.body.conversationId };
}

const botMessages = (activities: ChannelActivity[]) => activities.filter((a) => a.type === 'message' && a.from?.role === 'bot');

describe('When a visitor opens the widget', () => {
  test('the token endpoint gives a new conversation, its own 32-byte token and a visitor id', async () => {
    const first = await client.issueToken();
    const second = await client.issueToken();
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first.body.token, 'base64url')).toHaveLength(32);
    expect(first.body.userId).toMatch(/^u_/);
    expect(first.body.expires_in).toBe(30 * 60);
    expect(second.body.token).not.toBe(first.body.token);
    expect(second.body.conversationId).not.toBe(first.body.conversationId);
  });

  test('starting the conversation with that token returns it, without a stream URL (polling only)', async () => {
    const issued = await client.issueToken();
    const started = await client.start(issued.body.token);
    expect(started.status).toBe(201);
    expect(started.body).toEqual({ conversationId: issued.body.conversationId, token: issued.body.token, expires_in: 1800 });
  });

  test('the bot greets the visitor once, even when Web Chat reconnects', async () => {
    const { token, conversationId } = await connect();
    await client.start(token);
    const { body } = await client.poll(token, conversationId);
    const greetings = botMessages(body.activities);
    expect(greetings).toHaveLength(1);
    expect(greetings[0].text).toContain(messages.welcome([]).slice(0, 40));
    expect(greetings[0]).toMatchObject({ channelId: 'webchat', conversation: { id: conversationId } });
    expect(greetings[0].serviceUrl).toBeUndefined();
  });

  test('DirectLineJS started without a token gets a new conversation and its token', async () => {
    const started = await client.start(undefined);
    expect(started.status).toBe(201);
    const { status, body } = await client.poll(started.body.token, started.body.conversationId);
    expect(status).toBe(200);
    expect(botMessages(body.activities)).toHaveLength(1);
  });
});

describe('When the visitor asks a question', () => {
  test('their message comes back with its clientActivityID, then the answer card, in order', async () => {
    const { question, entry } = await questionWithFollowUp();
    const { token, conversationId, userId } = await connect();
    const before = await client.poll(token, conversationId);

    const posted = await client.post(token, conversationId, webChatMessage(question, 'client-1'));
    expect(posted.status).toBe(200);
    expect(posted.body.id).toMatch(new RegExp(`^${conversationId}\\|\\d{7}$`));

    const after = await client.poll(token, conversationId, before.body.watermark);
    const [echo, ...replies] = after.body.activities;
    expect(echo).toMatchObject({ id: posted.body.id, type: 'message', text: question, channelData: { clientActivityID: 'client-1' } });
    expect(echo.from).toEqual({ id: userId, name: '', role: 'user' });
    const answer = botMessages(replies)[0];
    expect(answer.replyToId).toBe(posted.body.id);
    expect(plain(cardText(cardOf(answer)))).toContain(answerStart(entry));
    expect(Number(after.body.watermark)).toBeGreaterThan(Number(before.body.watermark));
  });

  test('polling from the last watermark returns nothing new', async () => {
    const { token, conversationId } = await connect();
    await client.post(token, conversationId, webChatMessage('bonjour'));
    const all = await client.poll(token, conversationId);
    const again = await client.poll(token, conversationId, all.body.watermark);
    expect(again.body).toEqual({ activities: [], watermark: all.body.watermark });
  });

  test('a follow-up button of the card gets the follow-up answer, by its id', async () => {
    const { question, followUp } = await questionWithFollowUp();
    const { token, conversationId } = await connect();
    await client.post(token, conversationId, webChatMessage(question));
    const seen = await client.poll(token, conversationId);

    // What Web Chat posts for an Action.Submit: the button's data as `value`, no text.
    await client.post(token, conversationId, { ...webChatMessage(''), text: undefined, value: { action: 'followup', entryId: followUp.id } });
    const after = await client.poll(token, conversationId, seen.body.watermark);
    expect(plain(cardText(cardOf(botMessages(after.body.activities)[0])))).toContain(answerStart(followUp));
  });

  test('a 👍 on the card is thanked and recorded as feedback', async () => {
    const { question, entry } = await questionWithFollowUp();
    const { token, conversationId } = await connect();
    await client.post(token, conversationId, webChatMessage(question));
    const seen = await client.poll(token, conversationId);

    await client.post(token, conversationId, { ...webChatMessage(''), text: undefined, value: { action: 'feedback', entryId: entry.id, vote: 'up' } });
    const after = await client.poll(token, conversationId, seen.body.watermark);
    expect(botMessages(after.body.activities).map((a) => a.text)).toContain(messages.feedbackThanks('up'));
    const votes = (await bot.learning.list(new Date(0))).filter((e) => e.type === 'feedback');
    expect(votes).toContainEqual(expect.objectContaining({ entryId: entry.id, vote: 'up' }));
  });
});

describe('When someone tries to reach another visitor’s conversation', () => {
  test('their own token neither reads nor posts into it (403), and the conversation is untouched', async () => {
    const alice = await connect();
    const mallory = await connect();
    await client.post(alice.token, alice.conversationId, webChatMessage('ma question privée'));
    const aliceBefore = await client.poll(alice.token, alice.conversationId);

    expect((await client.poll(mallory.token, alice.conversationId)).status).toBe(403);
    expect((await client.post(mallory.token, alice.conversationId, webChatMessage('intrusion'))).status).toBe(403);

    const aliceAfter = await client.poll(alice.token, alice.conversationId);
    expect(aliceAfter.body).toEqual(aliceBefore.body);
  });

  test('no token, or a made-up one, is refused with 403', async () => {
    const { conversationId } = await connect();
    expect((await client.poll(undefined, conversationId)).status).toBe(403);
    expect((await client.poll('x'.repeat(43), conversationId)).status).toBe(403);
    expect((await client.post(undefined, conversationId, webChatMessage('bonjour'))).status).toBe(403);
    expect((await client.start('x'.repeat(43))).status).toBe(403);
  });

  test('the `from` a client claims is replaced by the conversation’s visitor', async () => {
    const { token, conversationId, userId } = await connect();
    const message = { ...webChatMessage('bonjour'), from: { id: 'someone-else', name: 'Admin', role: 'bot' } };
    await client.post(token, conversationId, message);
    const { body } = await client.poll(token, conversationId);
    const echo = body.activities.find((a) => a.from?.role === 'user');
    expect(echo?.from).toEqual({ id: userId, name: 'Admin', role: 'user' });
  });
});

describe('When Web Chat refreshes its token', () => {
  test('the new token opens the same conversation; the one before keeps working until the next refresh', async () => {
    const { token, conversationId } = await connect();
    const refreshed = await client.refresh(token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(conversationId);
    expect(refreshed.body.token).not.toBe(token);
    expect((await client.poll(refreshed.body.token, conversationId)).status).toBe(200);
    expect((await client.poll(token, conversationId)).status).toBe(200);

    await client.refresh(refreshed.body.token);
    expect((await client.poll(token, conversationId)).status).toBe(403);
  });
});

describe('When a client posts what a visitor cannot send', () => {
  test.each([
    ['an invoke', { type: 'invoke', name: 'adaptiveCard/action' }],
    ['a conversation update', { type: 'conversationUpdate', membersAdded: [{ id: 'x' }] }],
    ['an activity without type', { text: 'bonjour' }],
    ['a file attachment', { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1/x.png' }] }],
    ['a text of 5,000 characters', { type: 'message', text: 'a'.repeat(5000) }],
  ])('%s is refused with 400 and a message', async (_name, activity) => {
    const { token, conversationId } = await connect();
    const answer = await client.post(token, conversationId, activity);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: expect.any(String) });
  });
});

describe('When a monitor asks where the built-in Direct Line keeps its conversations', () => {
  test('/healthz says memory (one instance, no REDIS_URL), and ok', async () => {
    const health = (await (await fetch(`${bot.url}/healthz`)).json()) as { directLine?: unknown };
    expect(health.directLine).toEqual({ kind: 'memory', status: 'ok' });
  });
});
