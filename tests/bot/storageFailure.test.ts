import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { realAnswerer } from '../helpers/knowledge';
import { captureLogs } from '../helpers/logs';
import { SwitchableStorage } from './support/brokenStorage';
import { chat, decisionOf, messagesOf, storedConversation } from './support/conversation';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await realAnswerer();
});

describe('When the conversation store is down', () => {
  test('the bot still answers every question, statelessly, and logs the failure', async () => {
    const storage = new SwitchableStorage();
    storage.down = true;
    const logs = captureLogs();
    const conversation = chat(answerer, { storage, logger: logs.logger });

    const replies = await conversation.say('Quelles sont les missions d’un développeur back end ?');

    expect(decisionOf(replies)?.answers[0].id).toBe('back-end-missions');
    expect(messagesOf(replies)).toHaveLength(1);
    expect(logs.text()).toContain('Conversation state unavailable');
    expect(logs.text()).toContain('storage unreachable (read)');
  });

  test('without memory a follow-up is read on its own, and commands still work', async () => {
    const storage = new SwitchableStorage();
    storage.down = true;
    const conversation = chat(answerer, { storage });
    await conversation.say('Quelles sont les missions d’un développeur back end ?');
    expect(decisionOf(await conversation.say('et en portage ?'))?.via).toBe('text');
    expect(messagesOf(await conversation.say('aide'))).toHaveLength(1);
    expect(messagesOf(await conversation.say('recommencer'))).toHaveLength(1);
  });

  test('a store that fails only on writes costs the memory of that turn, not the answer', async () => {
    const storage = new SwitchableStorage();
    storage.failWrites = true;
    const logs = captureLogs();
    const replies = await chat(answerer, { storage, logger: logs.logger }).say('Quelles sont les missions d’un développeur back end ?');
    expect(decisionOf(replies)?.answers[0].id).toBe('back-end-missions');
    expect(logs.text()).toContain('Could not save the conversation state');
  });
});

describe('When the store goes away mid-conversation and comes back', () => {
  test('the turns in between are answered, nothing is overwritten, and the context is found again afterwards', async () => {
    const storage = new SwitchableStorage();
    const conversation = chat(answerer, { storage });
    await conversation.say('Quelles sont les missions d’un développeur back end ?');
    expect((await storedConversation(storage.inner))?.topicEntryId).toBe('back-end-missions');

    storage.down = true;
    expect(decisionOf(await conversation.say('Qu’est-ce que le portage salarial ?'))?.answers[0].id).toBe('portage-overview');

    storage.down = false;
    expect((await storedConversation(storage.inner))?.topicEntryId).toBe('back-end-missions');
    const replies = await conversation.say('et en portage ?');
    expect(decisionOf(replies)?.via).toBe('context');
    expect(decisionOf(replies)?.answers[0].id).toBe('back-end-why-portage');
  });
});
