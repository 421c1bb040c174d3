import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { decisionOf, messagesOf } from '../helpers/botConversation';
import { fixtureAnswerer } from '../bot/support/conversation';
import { channelThread, colleague, groupChat, personalChat, teamsChat, teamsUser } from './support/teamsChat';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await fixtureAnswerer();
});

describe('When someone writes in a Teams channel', () => {
  test('a message that @mentions the bot is answered, and the mention is not part of the question', async () => {
    const replies = await teamsChat(answerer).inGroup(channelThread, 'Que savez-vous des pommes ?');

    expect(decisionOf(replies)).toMatchObject({ kind: 'answer', question: 'Que savez-vous des pommes ?', answers: [{ id: 'apple' }] });
    expect(messagesOf(replies)).toHaveLength(1);
  });

  test('a message that does not mention the bot gets no reply at all', async () => {
    const replies = await teamsChat(answerer).inGroup(channelThread, 'Que savez-vous des pommes ?', null);
    expect(replies).toEqual([]);
  });

  test('a message that mentions a colleague, not the bot, gets no reply either', async () => {
    const replies = await teamsChat(answerer).inGroup(channelThread, 'Que savez-vous des pommes ?', colleague);
    expect(replies).toEqual([]);
  });

  test("a button of the bot's own card works without a mention (Teams sends it as a messageBack)", async () => {
    const replies = await teamsChat(answerer).send(channelThread, {
      type: 'message',
      text: 'Les poires',
      value: { msteams: { type: 'messageBack', value: '{"action":"followup","entryId":"pear"}' } },
    });
    expect(decisionOf(replies)).toMatchObject({ via: 'button', answers: [{ id: 'pear' }] });
  });

  test('people who join the team are not greeted one by one in the channel', async () => {
    const replies = await teamsChat(answerer).send(channelThread, { type: 'conversationUpdate', membersAdded: [colleague] });
    expect(messagesOf(replies)).toEqual([]);
  });
});

describe('When someone writes in a Teams group chat', () => {
  test('the bot answers an @mention with the mention text removed', async () => {
    const replies = await teamsChat(answerer).inGroup(groupChat, 'parle-moi des poires');
    expect(decisionOf(replies)).toMatchObject({ kind: 'answer', question: 'parle-moi des poires', answers: [{ id: 'pear' }] });
  });

  test('the bot stays silent when the message is for the others', async () => {
    expect(await teamsChat(answerer).inGroup(groupChat, 'parle-moi des poires', null)).toEqual([]);
  });
});

describe('When someone writes to the bot in a one-to-one Teams chat', () => {
  test('no mention is needed', async () => {
    const replies = await teamsChat(answerer).personal('les pommes');
    expect(decisionOf(replies)).toMatchObject({ kind: 'answer', answers: [{ id: 'apple' }] });
  });

  test('a mention typed anyway is still removed before matching', async () => {
    const replies = await teamsChat(answerer).inGroup(personalChat, 'les pommes');
    expect(decisionOf(replies)?.question).toBe('les pommes');
  });

  test('the person is greeted when the chat starts', async () => {
    const replies = await teamsChat(answerer).send(personalChat, { type: 'conversationUpdate', membersAdded: [teamsUser] });
    expect(messagesOf(replies)).toHaveLength(1);
  });
});
