import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { FaqBot } from '../../src/bot/faqBot';
import { actionsOf, botConversation, decisionOf, messagesOf, testBot, testUser } from '../helpers/botConversation';
import { realAnswerer } from '../helpers/knowledge';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await realAnswerer();
});

const joined = (...members: Array<{ id: string; name: string }>) => ({
  type: 'conversationUpdate',
  membersAdded: members,
  recipient: testBot,
  from: testUser,
});

describe('When a user opens a conversation with the bot', () => {
  test('the bot greets them once, says what it can answer and offers 3 or 4 example questions as buttons', async () => {
    const bot = botConversation(new FaqBot({ answerer: () => answerer }));
    const replies = messagesOf(await bot.send(joined(testUser, testBot)));

    expect(replies).toHaveLength(1);
    const themes = [...new Set(answerer.knowledgeBase.entries.filter((e) => e.kind === 'answer').map((e) => e.theme))];
    for (const theme of themes) if (theme) expect(replies[0].text).toContain(theme);
    const actions = actionsOf(replies[0]);
    expect(actions.length).toBeGreaterThanOrEqual(3);
    expect(actions.length).toBeLessThanOrEqual(4);
    for (const action of actions) expect(action.type).toBe('imBack');
  });

  test('every example button is a question the bot answers with the entry whose title it shows', async () => {
    const bot = botConversation(new FaqBot({ answerer: () => answerer }));
    const actions = actionsOf(messagesOf(await bot.send(joined(testUser, testBot)))[0]);

    expect(actions.length).toBeGreaterThanOrEqual(3);
    for (const action of actions) {
      const decision = decisionOf(await bot.say(String(action.value)));
      expect(decision?.kind, `button "${action.title}"`).toBe('answer');
      expect(decision?.answers[0].title).toBe(action.title);
    }
  });
});

describe('When only the bot itself joins the conversation', () => {
  test('the bot says nothing', async () => {
    const bot = botConversation(new FaqBot({ answerer: () => answerer }));
    expect(await bot.send(joined(testBot))).toEqual([]);
  });
});
