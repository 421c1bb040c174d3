import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { actionsOf } from '../helpers/botConversation';
import { buttonFor, cardReplyOf, chat, decisionOf, fixtureAnswerer, fixtureKnowledgeBase, messagesOf, textBlocksOf, unsureAnswerer } from './support/conversation';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await fixtureAnswerer();
});

describe('When the user presses a follow-up button', () => {
  test('the bot answers that entry by its id, even a context-only entry that typing its title cannot reach', async () => {
    const conversation = chat(answerer);
    const card = cardReplyOf(await conversation.say('Que savez-vous des pommes ?'));

    const replies = await conversation.click(buttonFor(card, 'followup', 'apple-varieties'));

    const decision = decisionOf(replies);
    expect(decision).toMatchObject({ kind: 'answer', via: 'button', answers: [{ id: 'apple-varieties', score: 1 }] });
    expect(textBlocksOf(cardReplyOf(replies))[0]).toBe('Il existe des milliers de **variétés** de pommes.');
  });

  test('typing the same title is matched like any text, and a context-only entry is never the answer', async () => {
    const replies = await chat(answerer).say('Et ses variétés ?');
    const decision = decisionOf(replies);
    expect(decision?.via).toBe('text');
    expect([...(decision?.answers ?? []), ...(decision?.suggestions ?? [])].map((e) => e.id)).not.toContain('apple-varieties');
  });

  test('a Teams messageBack whose payload arrives only in msteams.value (a JSON string) works the same', async () => {
    const replies = await chat(answerer, { channelId: 'msteams' }).send({
      type: 'message',
      text: 'Les poires',
      value: { msteams: { type: 'messageBack', value: '{"action":"followup","entryId":"pear"}' } },
    });
    expect(decisionOf(replies)).toMatchObject({ via: 'button', answers: [{ id: 'pear' }] });
  });

  test('a payload naming an entry that no longer exists gets a polite French explanation', async () => {
    const replies = await chat(answerer).send({ type: 'message', value: { action: 'followup', entryId: 'removed-entry' } });
    expect(messagesOf(replies)[0].text).toMatch(/plus disponible/);
  });

  test('a forged or malformed payload is ignored and the message text is read as a question', async () => {
    const replies = await chat(answerer).send({ type: 'message', text: 'Que savez-vous des poires ?', value: { action: 'delete-everything', entryId: 42 } });
    expect(decisionOf(replies)).toMatchObject({ via: 'text', answers: [{ id: 'pear' }] });
  });
});

describe('When the channel shows no cards and the user taps a suggested follow-up', () => {
  test('the text it sends is recognised as the button the bot offered and leads to the entry by id', async () => {
    const conversation = chat(answerer, { channelId: 'sms' });
    const [answer] = messagesOf(await conversation.say('Que savez-vous des pommes ?'));
    const varieties = actionsOf(answer).find((action) => action.title === 'Et ses variétés ?')!;

    const replies = await conversation.say(String(varieties.value));

    expect(decisionOf(replies)).toMatchObject({ via: 'button', answers: [{ id: 'apple-varieties' }] });
    expect(messagesOf(replies)[0].text).toContain('milliers de **variétés**');
  });
});

describe('When the bot is unsure and offers "did you mean"', () => {
  test('on a card channel each candidate is a "choose" button, and pressing one gives that entry by id', async () => {
    const kb = await fixtureKnowledgeBase();
    const conversation = chat(unsureAnswerer(kb, ['pear', 'apple']));

    const offered = await conversation.say('poirres ?');
    expect(decisionOf(offered)?.kind).toBe('suggest');
    const card = cardReplyOf(offered);
    expect(card.version).toBe('1.5');
    expect(buttonFor(card, 'choose', 'pear').title).toBe('Les poires');
    expect(buttonFor(card, 'choose', 'apple').title).toBe('Les pommes');

    const replies = await conversation.click(buttonFor(card, 'choose', 'apple'));
    expect(decisionOf(replies)).toMatchObject({ kind: 'answer', via: 'button', answers: [{ id: 'apple' }] });
    expect(textBlocksOf(cardReplyOf(replies))[0]).toContain('La **pomme**');
  });

  test('on a text channel the candidates are suggested actions, and tapping one gives that entry by id', async () => {
    const kb = await fixtureKnowledgeBase();
    const conversation = chat(unsureAnswerer(kb, ['pear', 'apple']), { channelId: 'telegram' });

    const [question] = messagesOf(await conversation.say('poirres ?'));
    expect(question.text).toContain('Vouliez-vous dire…');
    const pear = actionsOf(question).find((action) => action.title === 'Les poires')!;

    const replies = await conversation.say(String(pear.value));
    expect(decisionOf(replies)).toMatchObject({ via: 'button', answers: [{ id: 'pear' }] });
  });
});

describe('When the website widget sends its knowledge profile (channelData.profile)', () => {
  test('questions are answered within that profile, shared entries included', async () => {
    const conversation = chat(answerer);
    const inOrchard = await conversation.send({ type: 'message', text: 'Que savez-vous des pommes ?', channelData: { profile: 'verger' } });
    expect(decisionOf(inOrchard)?.answers[0]?.id).toBe('apple');

    const inGarden = decisionOf(await conversation.send({ type: 'message', text: 'Que savez-vous des pommes ?', channelData: { profile: 'potager' } }));
    expect([...(inGarden?.answers ?? []), ...(inGarden?.suggestions ?? [])].map((e) => e.id)).not.toContain('apple');
    expect(decisionOf(await conversation.send({ type: 'message', text: 'Bonjour', channelData: { profile: 'potager' } }))?.answers[0]?.id).toBe(
      'smalltalk-greeting',
    );
  });

  test('a profile the knowledge base does not know is ignored rather than hiding every entry', async () => {
    const replies = await chat(answerer).send({ type: 'message', text: 'Que savez-vous des pommes ?', channelData: { profile: 'nowhere' } });
    expect(decisionOf(replies)?.answers[0]?.id).toBe('apple');
  });
});
