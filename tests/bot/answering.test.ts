import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { FaqBot } from '../../src/bot/faqBot';
import { actionsOf, botConversation, decisionOf, messagesOf } from '../helpers/botConversation';
import { realAnswerer } from '../helpers/knowledge';

let answerer: Answerer;
let bot: ReturnType<typeof botConversation>;
beforeAll(async () => {
  answerer = await realAnswerer();
  bot = botConversation(new FaqBot({ answerer: () => answerer }));
});

describe('When the user asks a clear question about the job', () => {
  test('the bot answers with the matching entry, its source and its update date in French', async () => {
    const replies = await bot.say('Quelle école pour devenir développeur back end ?');

    const decision = decisionOf(replies);
    expect(decision?.kind).toBe('answer');
    expect(decision?.answers[0].id).toBe('back-end-studies');
    expect(decision?.answers[0].score).toBeGreaterThan(0);

    const entry = answerer.knowledgeBase.byId.get('back-end-studies')!;
    const [message] = messagesOf(replies);
    expect(message.text).toContain(entry.answer.trim());
    expect(message.text).toContain(`Source : ${entry.source!.title}`);
    expect(message.text).toMatch(/mise à jour du (1er|\d{1,2}) [a-zéû]+ \d{4}/);
    expect(message.textFormat).toBe('markdown');
  });
});

describe('When the user asks something outside the knowledge base', () => {
  test('the bot honestly says it does not know, lists what it can answer and offers examples', async () => {
    const replies = await bot.say('Comment faire pousser des tomates sur mon balcon ?');

    expect(decisionOf(replies)?.kind).toBe('fallback');
    const [message] = messagesOf(replies);
    expect(message.text).toMatch(/je ne sais pas/i);
    const firstTheme = answerer.knowledgeBase.entries.find((entry) => entry.kind === 'answer' && entry.theme)!.theme!;
    expect(message.text).toContain(firstTheme);
    expect(actionsOf(message).length).toBeGreaterThanOrEqual(3);
  });
});

describe('When the user says hello and tells their story without asking anything', () => {
  test('the bot greets them and says what it answers, rather than "I cannot answer this question"', async () => {
    const replies = await bot.say('Bonjour, je passe me renseigner pour ma voisine');
    expect(decisionOf(replies)?.answers[0]?.id).toBe('smalltalk-greeting');
    const greeting = answerer.knowledgeBase.byId.get('smalltalk-greeting')!;
    expect(messagesOf(replies)[0].text).toContain(greeting.answer.trim());
  });
});

describe('When the user asks about something the sources do not cover (pay)', () => {
  test('the bot gives the honest "not available" notice of that topic', async () => {
    const replies = await bot.say('Combien gagne un dev back end par mois ?');

    const decision = decisionOf(replies);
    expect(decision?.kind).toBe('not-available');
    const notice = answerer.knowledgeBase.byId.get(decision!.notice!.id)!;
    expect(notice.kind).toBe('not-available');
    expect(messagesOf(replies)[0].text).toBe(notice.answer);
  });
});

describe('When the user sends a message without text', () => {
  test('the bot asks for a written question and offers examples, without a decision', async () => {
    const replies = await bot.send({ type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'x' }] });

    expect(decisionOf(replies)).toBeUndefined();
    const [message] = messagesOf(replies);
    expect(message.text).toMatch(/écrit/);
    expect(actionsOf(message).length).toBeGreaterThanOrEqual(3);
  });
});

describe('When the user mentions the bot in a group chat', () => {
  test('the mention is not read as part of the question', async () => {
    const replies = await bot.send({
      type: 'message',
      text: '<at>FAQ</at> Quelle école pour devenir développeur back end ?',
      entities: [{ type: 'mention', text: '<at>FAQ</at>', mentioned: { id: 'bot', name: 'FAQ' } }],
    });
    expect(decisionOf(replies)?.question).toBe('Quelle école pour devenir développeur back end ?');
  });
});
