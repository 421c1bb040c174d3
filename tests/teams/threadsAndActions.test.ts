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
  test('the welcome’s examples are buttons on a card (suggested actions do not show in channels or the Agents Playground), where Web Chat gets suggested actions', async () => {
    const inTeams = messagesOf(await teamsChat(realAnswerer).send(personalChat, { type: 'conversationUpdate', membersAdded: [teamsUser] }));
    const inWebChat = messagesOf(await chat(realAnswerer, { channelId: 'webchat' }).send({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'User' }] }));

    expect(inTeams.flatMap((reply) => reply.suggestedActions?.actions ?? [])).toEqual([]);
    const card = inTeams[0].attachments?.[0]?.content as { body: unknown[]; fallbackText: string };
    const buttons = cardButtons(card.body);
    expect(buttons.length).toBeGreaterThan(1);
    // What the text promises ("essayez l'un de ces exemples :") is on screen, and the topics stay a list.
    expect(card.fallbackText).toMatch(/exemples :$/);
    expect(JSON.stringify(card.body)).toContain('\\n- ');
    expect(inWebChat.flatMap((reply) => reply.suggestedActions?.actions ?? []).length).toBeGreaterThan(3);
  });

  test('a message the bot does not understand gets its examples as card buttons too', async () => {
    const replies = messagesOf(await teamsChat(realAnswerer).personal('xyzzy plugh'));
    const card = replies.flatMap((reply) => reply.attachments ?? []).map((attachment) => attachment.content as { body: unknown[] })[0];
    expect(cardButtons(card.body).length).toBeGreaterThan(0);
    expect(replies.flatMap((reply) => reply.suggestedActions?.actions ?? [])).toEqual([]);
  });
});

/** The `Action.Submit` buttons of a card body, in order. */
function cardButtons(elements: unknown): Array<{ title: string; data: unknown }> {
  if (!Array.isArray(elements)) return [];
  return elements.flatMap((element: { type?: string; actions?: unknown; items?: unknown; title?: string; data?: unknown }) =>
    element.type === 'Action.Submit' ? [{ title: element.title ?? '', data: element.data }] : [...cardButtons(element.actions), ...cardButtons(element.items)],
  );
}
