import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { messagesOf } from '../helpers/botConversation';
import { createAnswerer } from '../../src/answering/answerer';
import { loadKnowledgeBase } from '../../src/knowledge';
import { chat, fixtureAnswerer } from '../bot/support/conversation';
import { channelThread, personalChat, teamsChat, teamsUser } from './support/teamsChat';

let answerer: Answerer;
/** The real base: it offers more examples than Teams shows. */
let realAnswerer: Answerer;
beforeAll(async () => {
  answerer = await fixtureAnswerer();
  realAnswerer = createAnswerer(await loadKnowledgeBase('knowledge'));
});

describe('When the bot answers in a Teams channel thread', () => {
  test('the reply goes to the same thread: same conversation id (with its ;messageid=) and a reply to the message', async () => {
    const replies = await teamsChat(answerer).send(channelThread, {
      type: 'message',
      id: 'thread-reply-7',
      text: '<at>Assistant portage salarial</at> les poires',
      entities: [{ type: 'mention', text: '<at>Assistant portage salarial</at>', mentioned: { id: '28:00000000-0000-4000-8000-0000000000b0' } }],
    });
    const [reply] = messagesOf(replies);
    expect(reply.conversation?.id).toBe(channelThread.id);
    expect(reply.conversation?.id).toContain(';messageid=');
    expect(reply.replyToId).toBe('thread-reply-7');
  });
});

describe('When the bot offers suggested actions in Teams', () => {
  test('there are never more than three (Teams shows no more), where other channels get more', async () => {
    const inTeams = messagesOf(await teamsChat(realAnswerer).send(personalChat, { type: 'conversationUpdate', membersAdded: [teamsUser] }));
    const inWebChat = messagesOf(await chat(realAnswerer, { channelId: 'webchat' }).send({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'User' }] }));

    const teamsActions = inTeams.flatMap((reply) => reply.suggestedActions?.actions ?? []);
    const webChatActions = inWebChat.flatMap((reply) => reply.suggestedActions?.actions ?? []);
    expect(teamsActions.length).toBeGreaterThan(0);
    expect(teamsActions.length).toBeLessThanOrEqual(3);
    expect(webChatActions.length).toBeGreaterThan(3);
  });

  test('a message the bot does not understand offers at most three examples too', async () => {
    const replies = messagesOf(await teamsChat(realAnswerer).personal('xyzzy plugh'));
    const actions = replies.flatMap((reply) => reply.suggestedActions?.actions ?? []);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.length).toBeLessThanOrEqual(3);
  });
});
