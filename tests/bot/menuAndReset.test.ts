import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { messages } from '../../src/conversation/messages';
import { realAnswerer } from '../helpers/knowledge';
import { buttonFor, buttonsOf, cardReplyOf, chat, decisionOf, elementsOf, fixtureAnswerer, messagesOf, storedConversation } from './support/conversation';

let fixture: Answerer;
beforeAll(async () => {
  fixture = await fixtureAnswerer();
});

describe.each(['aide', 'Menu', 'help', 'Aide !'])('When the user types "%s"', (command) => {
  test('the bot lists what it can answer, grouped by theme, one button per topic, with no decision to trace', async () => {
    const replies = await chat(fixture).say(command);

    expect(decisionOf(replies)).toBeUndefined();
    const card = cardReplyOf(replies);
    expect(card.version).toBe('1.5');
    const groups = elementsOf(card)
      .filter((element) => element.type === 'Container')
      .map((container) => {
        const [heading, ...sets] = container.items as Array<{ text: string; actions: Array<{ title: string; data: { entryId: string } }> }>;
        return { theme: heading.text, ids: sets.flatMap((set) => set.actions.map((action) => action.data.entryId)) };
      });
    expect(groups).toEqual([
      { theme: 'Les fruits', ids: ['apple', 'pear'] },
      { theme: 'Les légumes', ids: ['carrot'] },
      { theme: messages.menuHandoffTheme, ids: ['smalltalk-human'] },
    ]);
    for (const button of buttonsOf(card)) expect(button.data.action).toBe('followup');
  });
});

describe('When the user picks a topic in the menu', () => {
  test('the bot answers it by id', async () => {
    const conversation = chat(fixture);
    const card = cardReplyOf(await conversation.say('menu'));
    expect(decisionOf(await conversation.click(buttonFor(card, 'followup', 'carrot')))).toMatchObject({ via: 'button', answers: [{ id: 'carrot' }] });
  });
});

describe('When the real knowledge base is listed', () => {
  test('every theme of its answers has a heading and every offered entry a button', async () => {
    const real = await realAnswerer();
    const card = cardReplyOf(await chat(real).say('aide'));
    const headings = elementsOf(card).filter((e) => e.type === 'Container').map((c) => (c.items as Array<{ text: string }>)[0].text);
    const offered = real.knowledgeBase.entries.filter((entry) => entry.kind === 'answer' && !entry.contextOnly && !entry.draft);
    for (const theme of new Set(offered.map((entry) => entry.theme))) expect(headings).toContain(theme);
    const ids = buttonsOf(card).map((button) => button.data.entryId);
    for (const entry of offered) expect(ids).toContain(entry.id);
    // No action set holds more buttons than Web Chat's default host config shows (5).
    for (const set of elementsOf(card).filter((e) => e.type === 'ActionSet')) expect((set.actions as unknown[]).length).toBeLessThanOrEqual(5);
  });
});

describe('When the channel shows no cards and the user asks for help', () => {
  test('the menu is Markdown text with a heading per theme, and typing a listed title answers it by id', async () => {
    const conversation = chat(fixture, { channelId: 'sms' });
    const [menu] = messagesOf(await conversation.say('aide'));
    expect(menu.attachments ?? []).toEqual([]);
    expect(menu.text).toContain('**Les fruits**\n- Les pommes\n- Les poires');
    expect(menu.text).toContain('**Les légumes**\n- Les carottes');

    expect(decisionOf(await conversation.say('les carottes'))).toMatchObject({ via: 'button', answers: [{ id: 'carrot' }] });
  });
});

describe('When the user types "recommencer"', () => {
  test('the bot says the conversation starts afresh, and the previous topic no longer colours short questions', async () => {
    const real = await realAnswerer();
    const conversation = chat(real);
    await conversation.say('Quelles sont les missions d’un développeur back end ?');
    expect(decisionOf(await conversation.say('et en portage ?'))?.answers[0].id).toBe('back-end-why-portage');

    const reset = await conversation.say('recommencer');
    expect(messagesOf(reset).map((m) => m.text)).toEqual([messages.reset]);

    const after = decisionOf(await conversation.say('et en portage ?'));
    expect(after?.via).toBe('text');
    expect(after?.answers[0].id).toBe('portage-overview');
  });

  test('the conversation state is emptied in storage ("reset" works too)', async () => {
    const conversation = chat(fixture);
    await conversation.say('Que savez-vous des pommes ?');
    expect((await storedConversation(conversation.storage))?.topicEntryId).toBe('apple');

    await conversation.say('reset');
    expect(await storedConversation(conversation.storage)).toEqual({});
  });
});
