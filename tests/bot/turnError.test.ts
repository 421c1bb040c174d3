import { ActivityHandler } from 'botbuilder';
import { describe, expect, test } from 'vitest';
import { messages } from '../../src/conversation/messages';
import { createOnTurnError } from '../../src/bot/onTurnError';
import { botConversation, messagesOf } from '../helpers/botConversation';
import { captureLogs } from '../helpers/logs';

/** A bot that fails on "boum" and echoes anything else. */
class FragileBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      if (context.activity.text === 'boum') throw new Error('database exploded');
      await context.sendActivity(`ok: ${context.activity.text}`);
      await next();
    });
  }
}

describe('When a turn throws an error', () => {
  test('the user gets a French apology, the Emulator a trace of the error, and the log the error itself', async () => {
    const logs = captureLogs();
    const bot = botConversation(new FragileBot(), createOnTurnError(logs.logger));

    const replies = await bot.say('boum');

    expect(messagesOf(replies).map((reply) => reply.text)).toEqual([messages.turnError]);
    const trace = replies.find((reply) => reply.type === 'trace');
    expect(trace?.name).toBe('OnTurnError Trace');
    expect(trace?.value).toContain('database exploded');
    const logged = logs.records().find((record) => record.level === 50);
    expect(logged?.msg).toMatch(/error during a bot turn/i);
    expect(JSON.stringify(logged?.err)).toContain('database exploded');
  });

  test('the next turn is served normally', async () => {
    const bot = botConversation(new FragileBot(), createOnTurnError(captureLogs().logger));
    await bot.say('boum');
    expect(messagesOf(await bot.say('encore')).map((reply) => reply.text)).toEqual(['ok: encore']);
  });

  test('an error while apologising (channel down) is logged, not thrown', async () => {
    const logs = captureLogs();
    const handler = createOnTurnError(logs.logger);
    const brokenContext = {
      activity: { type: 'message', channelId: 'emulator', conversation: { id: 'c1' } },
      sendTraceActivity: async () => {
        throw new Error('connector unreachable');
      },
      sendActivity: async () => {
        throw new Error('connector unreachable');
      },
    };

    await expect(handler(brokenContext as never, new Error('first failure'))).resolves.toBeUndefined();
    expect(logs.text()).toContain('connector unreachable');
  });
});
