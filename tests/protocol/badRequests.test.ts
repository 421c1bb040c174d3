import { ActivityHandler } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { messages } from '../../src/conversation/messages';
import { maxBodyBytes } from '../../src/server/createServer';
import { httpErrors } from '../../src/server/errorMessages';
import { postJson, startBotServer, type RunningBot } from '../helpers/botServer';
import { startConnectorServer, type ConnectorServer } from '../helpers/connectorServer';
import { EmulatorSession } from '../helpers/emulator';
import { expectStillServing as expectStillServingOf } from '../helpers/stillServing';

let bot: RunningBot;
let connector: ConnectorServer;
beforeAll(async () => {
  [bot, connector] = await Promise.all([startBotServer(), startConnectorServer()]);
});
afterAll(async () => {
  await Promise.all([bot?.close(), connector?.close()]);
});

const expectStillServing = () => expectStillServingOf(bot, connector);

describe('When /api/messages receives something that is not an activity', () => {
  const cases: Array<[string, string, string | RegExp, Record<string, string>?]> = [
    ['malformed JSON', '{"type": "message", "text": ', /^Invalid JSON/],
    ['an activity without "type"', JSON.stringify({ text: 'Bonjour', channelId: 'emulator' }), httpErrors.activityTypeMissing],
    ['an activity with an empty "type"', JSON.stringify({ type: '', text: 'Bonjour' }), httpErrors.activityTypeMissing],
    ['a JSON array', '[{"type": "message"}]', httpErrors.bodyNotObject],
    ['a JSON string', '"message"', httpErrors.bodyNotObject],
    ['plain text', 'Bonjour', httpErrors.bodyNotObject, { 'content-type': 'text/plain' }],
    ['an empty body', '', httpErrors.bodyNotObject],
  ];

  test.each(cases)('%s gets a 400 with a JSON error message, and the next request is served', async (_name, body, error, headers) => {
    const response = await postJson(`${bot.url}/api/messages`, body, headers);

    expect(response.status).toBe(400);
    expect(response.contentType).toMatch(/application\/json/);
    expect(response.body).toEqual({ error: typeof error === 'string' ? error : expect.stringMatching(error) });
    await expectStillServing();
  });

  test('a body over the size limit gets a 413 with a JSON error message, and the next request is served', async () => {
    const huge = new EmulatorSession(connector.url).message('x'.repeat(maxBodyBytes + 1));
    const response = await postJson(`${bot.url}/api/messages`, huge);

    expect(response).toEqual({ status: 413, body: { error: `Request body size exceeds ${maxBodyBytes}` }, contentType: expect.stringMatching(/^application\/json/) });
    await expectStillServing();
  });
});

describe('When the bot throws during a turn received over HTTP', () => {
  test('the user gets the French apology through the connector and the server keeps running', async () => {
    const fragile = await startBotServer({
      bot: () => {
        const handler = new ActivityHandler();
        handler.onMessage(async () => {
          throw new Error('boom');
        });
        return handler;
      },
    });
    try {
      connector.posted.length = 0;
      const first = await postJson(`${fragile.url}/api/messages`, new EmulatorSession(connector.url).message('Bonjour'));
      expect(first.status).toBe(200);
      const posted = await connector.waitFor(2);
      expect(posted.map((item) => item.activity.text)).toContain(messages.turnError);

      const health = await fetch(`${fragile.url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await fragile.close();
    }
  });
});

describe('When a route does not exist', () => {
  test('the 404 has the same JSON error shape, naming the path', async () => {
    const response = await fetch(`${bot.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: '/api/nothing-here does not exist' });
  });

  test('a known route with the wrong method gets 405 in the same shape', async () => {
    const response = await fetch(`${bot.url}/api/messages`);
    expect(response.status).toBe(405);
    expect(await response.json()).toEqual({ error: 'GET is not allowed' });
  });
});
