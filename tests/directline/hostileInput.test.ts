import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { budgetErrors, directLineBudget } from '../../src/server/activityBudget';
import { builtinLimits } from '../../src/server/directLine/builtinDirectLine';
import { clientActivityLimits } from '../../src/server/directLine/clientActivity';
import type { ChannelActivity } from '../../src/server/directLine/types';
import { nestedArrays, objectOfSize, withRawValue } from '../helpers/hostileActivities';
import { directLineClient, webChatMessage } from './directLineClient';
import { startWidgetServer, type RunningWidgetServer } from './widgetServer';

let bot: RunningWidgetServer;
let client: ReturnType<typeof directLineClient>;
beforeAll(async () => {
  // Generous rate limits: these tests are about sizes, not rates.
  bot = await startWidgetServer({ directLine: { activitiesPerMinute: 10_000, pollsPerMinute: 10_000 } });
  client = directLineClient(bot.url);
});
afterAll(() => bot.close());

async function connect() {
  const issued = await client.issueToken();
  expect(issued.status).toBe(200);
  expect((await client.start(issued.body.token)).status).toBe(201);
  return issued.body;
}

/** POSTs a raw JSON body as the conversation's visitor. */
async function postRaw(token: string, conversationId: string, body: string) {
  const response = await fetch(`${bot.url}/v3/directline/conversations/${encodeURIComponent(conversationId)}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, body: (await response.json()) as { error?: string } };
}

/** The conversation still works: a question is accepted, polling answers 200 and the bot's reply arrives. */
async function expectConversationWorks(token: string, conversationId: string) {
  const posted = await client.post(token, conversationId, webChatMessage('bonjour'));
  expect(posted.status).toBe(200);
  const polled = await client.poll(token, conversationId);
  expect(polled.status).toBe(200);
  expect(polled.body.activities.some((a) => a.type === 'message' && a.from?.role === 'bot' && a.replyToId === posted.body.id)).toBe(true);
}

describe('When a visitor posts an activity whose value nests 100,000 levels deep', () => {
  test('it is refused with 400 and a JSON error, and the conversation keeps answering polls and questions', async () => {
    const { token, conversationId } = await connect();
    const body = withRawValue(webChatMessage('piège'), nestedArrays(100_000));
    expect(body.length).toBeGreaterThan(200_000);

    const refused = await postRaw(token, conversationId, body);
    expect(refused).toEqual({ status: 400, body: { error: budgetErrors.tooDeep(directLineBudget.maxDepth) } });
    for (let i = 0; i < 3; i++) expect((await client.poll(token, conversationId)).status).toBe(200);
    await expectConversationWorks(token, conversationId);
  });

  test('a value just within the depth limit is accepted', async () => {
    const { token, conversationId } = await connect();
    // The activity is level 1 and its value level 2: 31 nested arrays reach exactly 32.
    const accepted = await postRaw(token, conversationId, withRawValue(webChatMessage('profond'), nestedArrays(directLineBudget.maxDepth - 1)));
    expect(accepted.status).toBe(200);
    const tooDeep = await postRaw(token, conversationId, withRawValue(webChatMessage('trop profond'), nestedArrays(directLineBudget.maxDepth)));
    expect(tooDeep.status).toBe(400);
  });
});

describe('When a visitor posts oversized free-form fields', () => {
  const { value, channelData, entities } = directLineBudget.maxFieldBytes;
  test.each([
    ['value', { value: objectOfSize(value + 1) }, budgetErrors.fieldTooLarge('value', value)],
    ['channelData', { channelData: objectOfSize(channelData + 1) }, budgetErrors.fieldTooLarge('channelData', channelData)],
    ['entities', { entities: [objectOfSize(entities + 1)] }, budgetErrors.fieldTooLarge('entities', entities)],
  ])('%s over its budget gets 413 with the field named, and the conversation keeps working', async (_field, extra, error) => {
    const { token, conversationId } = await connect();
    const refused = await client.post(token, conversationId, { ...webChatMessage('gros'), ...extra } as ChannelActivity);
    expect(refused.status).toBe(413);
    expect(refused.body).toEqual({ error });
    await expectConversationWorks(token, conversationId);
  });

  test('fields each within budget but together over the activity budget get 413', async () => {
    const { token, conversationId } = await connect();
    const activity = { ...webChatMessage('€'.repeat(clientActivityLimits.maxTextLength)), value: objectOfSize(value - 100) };
    const refused = await client.post(token, conversationId, activity as ChannelActivity);
    expect(refused).toMatchObject({ status: 413, body: { error: budgetErrors.activityTooLarge(directLineBudget.maxActivityBytes) } });
  });
});

describe('When one conversation posts as much as it is allowed to', () => {
  test('what the conversation keeps stays under its byte and count budgets, and the echoes keep only what Web Chat shows', async () => {
    const { token, conversationId } = await connect();
    const posts = 260;
    for (let i = 0; i < posts; i++) {
      // Text at its limit and the free-form fields filling the rest of the activity's budget.
      const message = webChatMessage(`${i} ${'question '.repeat(500)}`.slice(0, clientActivityLimits.maxTextLength));
      const activity = {
        ...message,
        value: objectOfSize(6000),
        channelData: { ...objectOfSize(3500), clientActivityID: `c${i}` },
        entities: [objectOfSize(2000)],
      };
      const bytes = Buffer.byteLength(JSON.stringify(activity));
      expect(bytes).toBeGreaterThan(directLineBudget.maxActivityBytes - 1000);
      expect(bytes).toBeLessThanOrEqual(directLineBudget.maxActivityBytes);
      expect((await client.post(token, conversationId, activity as ChannelActivity)).status).toBe(200);
    }

    const { body } = await client.poll(token, conversationId);
    const storedBytes = body.activities.reduce((sum, activity) => sum + Buffer.byteLength(JSON.stringify(activity)), 0);
    expect(storedBytes).toBeLessThanOrEqual(builtinLimits.maxConversationBytes);
    expect(body.activities.length).toBeLessThanOrEqual(builtinLimits.maxActivities);
    expect(Number(body.watermark)).toBeGreaterThan(2 * posts);

    const echo = body.activities.filter((a) => a.from?.role === 'user').at(-1)!;
    expect(echo.value).toBeUndefined();
    expect(echo.entities).toBeUndefined();
    expect(echo.channelData).toEqual({ clientActivityID: `c${posts - 1}` });
    // The newest activities are the ones kept: the last question and the bot's answer to it.
    expect(body.activities.at(-1)?.replyToId).toBe(echo.id);
  }, 120_000);
});

describe('When a conversation is polled too often', () => {
  test('past DIRECT_LINE_POLLS_PER_MINUTE it gets 429 with Retry-After, and other conversations are still served', async () => {
    const limited = await startWidgetServer({ directLine: { pollsPerMinute: 5 } });
    try {
      const dl = directLineClient(limited.url);
      const connectTo = async () => {
        const issued = await dl.issueToken();
        await dl.start(issued.body.token);
        return issued.body;
      };
      const noisy = await connectTo();
      const quiet = await connectTo();
      for (let i = 0; i < 5; i++) expect((await dl.poll(noisy.token, noisy.conversationId)).status).toBe(200);

      const refused = await dl.poll(noisy.token, noisy.conversationId);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(refused.body).toEqual({ error: expect.stringContaining('polled too often') });
      expect((await dl.poll(quiet.token, quiet.conversationId)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
