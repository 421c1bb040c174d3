import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { actionsOf } from '../helpers/botConversation';
import { buttonFor, buttonsOf, cardReplyOf, chat, decisionOf, fixtureAnswerer, messagesOf, textBlocksOf } from './support/conversation';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await fixtureAnswerer();
});

describe.each(['webchat', 'emulator', 'msteams', 'directline'])('When a question is answered on a channel that renders cards (%s)', (channelId) => {
  test('the answer is an Adaptive Card 1.5 with the answer, its source and date, follow-ups and a 👍/👎 pair', async () => {
    const replies = await chat(answerer, { channelId }).say('Que savez-vous des pommes ?');

    expect(decisionOf(replies)?.answers[0].id).toBe('apple');
    const [message] = messagesOf(replies);
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments![0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = cardReplyOf(replies);
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');

    const texts = textBlocksOf(card);
    expect(texts[0]).toContain('La **pomme** est le fruit du pommier.');
    expect(texts[0]).toContain('- elle se conserve longtemps ;');
    expect(texts).toContain('Source : [Guide des fruits](https://example.org/fruits), mise à jour du 1er mars 2024');
    expect(texts).toContain('Cette réponse vous a-t-elle aidé ?');

    const kb = answerer.knowledgeBase;
    expect(buttonFor(card, 'followup', 'apple-varieties').title).toBe(kb.byId.get('apple-varieties')!.title);
    expect(buttonFor(card, 'followup', 'pear').title).toBe('Les poires');
    expect(buttonFor(card, 'feedback', 'apple', 'up').title).toContain('👍');
    expect(buttonFor(card, 'feedback', 'apple', 'down').title).toContain('👎');
    expect(buttonsOf(card)).toHaveLength(4);
  });
});

describe('When a card button is built', () => {
  test('it is an Action.Submit whose data names the entry and carries a Teams messageBack showing the choice', async () => {
    const card = cardReplyOf(await chat(answerer, { channelId: 'msteams' }).say('Que savez-vous des pommes ?'));

    expect(buttonFor(card, 'followup', 'pear')).toEqual({
      type: 'Action.Submit',
      title: 'Les poires',
      data: {
        action: 'followup',
        entryId: 'pear',
        msteams: { type: 'messageBack', displayText: 'Les poires', text: 'Les poires', value: '{"action":"followup","entryId":"pear"}' },
      },
    });
    const vote = buttonFor(card, 'feedback', 'apple', 'down');
    expect(vote.data).toMatchObject({ action: 'feedback', entryId: 'apple', vote: 'down', msteams: { type: 'messageBack', displayText: '👎' } });
  });
});

describe('When the answer uses Markdown that cards cannot show', () => {
  test('headings and code are rewritten into the subset Adaptive Cards support', async () => {
    const card = cardReplyOf(await chat(answerer).say('Que savez-vous des carottes ?'));
    expect(textBlocksOf(card)[0]).toBe('**La carotte**\nLa carotte est une racine.');
  });
});

describe('When the answer is small talk', () => {
  test('the card asks for no vote and shows no source', async () => {
    const card = cardReplyOf(await chat(answerer).say('Bonjour'));
    expect(buttonsOf(card).some((button) => button.data.action === 'feedback')).toBe(false);
    expect(textBlocksOf(card).some((text) => text.startsWith('Source'))).toBe(false);
  });
});

describe('When the question is about something the sources do not cover', () => {
  test('the honest notice is a card too, with its follow-ups (talk to an advisor) and a vote', async () => {
    const replies = await chat(answerer).say('quel est le prix des carottes ?');
    expect(decisionOf(replies)?.kind).toBe('not-available');
    const card = cardReplyOf(replies);
    expect(textBlocksOf(card)[0]).toContain('pas d\'information sur les **prix**');
    expect(buttonFor(card, 'followup', 'smalltalk-human').title).toBe('Parler à un conseiller');
    buttonFor(card, 'feedback', 'fruit-prices', 'down');
  });
});

describe.each(['sms', 'email', 'telegram', 'some-future-channel'])('When the channel shows no cards (%s)', (channelId) => {
  test('the answer is clean Markdown text with the source line, and the follow-ups are suggested actions', async () => {
    const replies = await chat(answerer, { channelId }).say('Que savez-vous des pommes ?');

    const [message] = messagesOf(replies);
    expect(message.attachments ?? []).toEqual([]);
    expect(message.text).toContain('La **pomme** est le fruit du pommier.');
    expect(message.text).toContain('*Source : [Guide des fruits](https://example.org/fruits), mise à jour du 1er mars 2024*');
    expect(actionsOf(message)).toEqual([
      { type: 'imBack', title: 'Et ses variétés ?', value: 'Quelles sont les variétés de pommes ?' },
      { type: 'imBack', title: 'Les poires', value: 'Que savez-vous des poires ?' },
    ]);
  });
});

describe('When suggested actions would go to Teams', () => {
  test('the examples come on a card instead (Teams shows suggested actions in one-to-one chats only)', async () => {
    const replies = await chat(answerer, { channelId: 'msteams' }).send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user', name: 'User1' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    const [welcome] = messagesOf(replies);
    expect(actionsOf(welcome)).toEqual([]);
    expect(welcome.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(welcome.attachments?.[0]?.content)).toContain('"action":"followup"');
  });
});
