import { beforeAll, describe, expect, test } from 'vitest';
import type { Answerer } from '../../src/answering/answerer';
import { messages } from '../../src/conversation/messages';
import { captureLogs } from '../helpers/logs';
import { buttonFor, cardReplyOf, chat, decisionOf, fixtureAnswerer, fixtureKnowledgeBase, messagesOf, unsureAnswerer } from './support/conversation';
import { recordingRecorder } from './support/recordingRecorder';

let answerer: Answerer;
beforeAll(async () => {
  answerer = await fixtureAnswerer();
});

describe('When the user votes on an answer', () => {
  test.each([
    ['up', messages.feedbackThanks('up')],
    ['down', messages.feedbackThanks('down')],
  ] as const)('a 👍/👎 (%s) is acknowledged in French and recorded with the entry and the question asked', async (vote, thanks) => {
    const learning = recordingRecorder();
    const conversation = chat(answerer, { recorder: learning.recorder });
    const card = cardReplyOf(await conversation.say('Que savez-vous des pommes ?'));

    const replies = await conversation.click(buttonFor(card, 'feedback', 'apple', vote));

    expect(messagesOf(replies).map((m) => m.text)).toEqual([thanks]);
    expect(decisionOf(replies)).toBeUndefined();
    expect(learning.of('feedback')).toEqual([{ entryId: 'apple', vote, question: 'Que savez-vous des pommes ?', conversationId: 'Convo1' }]);
  });

  test('a second click on the same vote counts once; changing one’s mind is recorded', async () => {
    const learning = recordingRecorder();
    const conversation = chat(answerer, { recorder: learning.recorder });
    const card = cardReplyOf(await conversation.say('Que savez-vous des pommes ?'));

    await conversation.click(buttonFor(card, 'feedback', 'apple', 'up'));
    await conversation.click(buttonFor(card, 'feedback', 'apple', 'up'));
    await conversation.click(buttonFor(card, 'feedback', 'apple', 'down'));

    expect(learning.of('feedback').map((e) => e.vote)).toEqual(['up', 'down']);
  });

  test('a vote on an answer reached by a button is recorded without a question', async () => {
    const learning = recordingRecorder();
    const conversation = chat(answerer, { recorder: learning.recorder });
    const first = cardReplyOf(await conversation.say('Que savez-vous des pommes ?'));
    const pear = cardReplyOf(await conversation.click(buttonFor(first, 'followup', 'pear')));
    await conversation.click(buttonFor(pear, 'feedback', 'pear', 'up'));
    expect(learning.of('feedback')).toEqual([{ entryId: 'pear', vote: 'up', conversationId: 'Convo1' }]);
  });

  test('a vote for an entry this conversation never showed is not recorded, and the visitor is told so', async () => {
    const learning = recordingRecorder();
    const conversation = chat(answerer, { recorder: learning.recorder });
    cardReplyOf(await conversation.say('Que savez-vous des pommes ?'));

    // A forged submit naming another entry of the knowledge base (here 'pear', never answered in this conversation).
    const replies = await conversation.send({ type: 'message', value: { action: 'feedback', entryId: 'pear', vote: 'down' } });

    expect(messagesOf(replies).map((m) => m.text)).toEqual([messages.voteNotShown]);
    expect(learning.of('feedback')).toEqual([]);
  });
});

describe('When the bot cannot answer', () => {
  test('a question with nothing relevant is recorded as a fallback', async () => {
    const learning = recordingRecorder();
    await chat(answerer, { recorder: learning.recorder }).say('Comment cultiver des tomates ?');
    expect(learning.of('unanswered')).toEqual([
      { question: 'Comment cultiver des tomates ?', conversationId: 'Convo1', decision: 'fallback', candidates: [] },
    ]);
  });

  test('a question the sources do not cover is recorded as not-available, with the notice entry', async () => {
    const learning = recordingRecorder();
    await chat(answerer, { recorder: learning.recorder }).say('quel est le prix des carottes ?');
    const [record] = learning.of('unanswered');
    expect(record).toMatchObject({ decision: 'not-available', candidates: [{ id: 'fruit-prices' }] });
    expect(record.candidates[0].score).toBeGreaterThan(0);
  });

  test('an answered question records only its outcome for the staff page: channel, decision and entry, not its text', async () => {
    const learning = recordingRecorder();
    await chat(answerer, { recorder: learning.recorder }).say('Que savez-vous des poires ?');
    expect(learning.calls.map((call) => call.kind)).toEqual(['asked']);
    expect(learning.of('asked')[0]).toMatchObject({ channel: 'webchat', decision: 'answer', entryId: 'pear' });
    expect(JSON.stringify(learning.calls)).not.toContain('poires');
  });
});

describe('When the user picks a "did you mean" candidate', () => {
  test('the question is recorded as unanswered with its candidates, then what was typed is paired with what was picked', async () => {
    const kb = await fixtureKnowledgeBase();
    const learning = recordingRecorder();
    const conversation = chat(unsureAnswerer(kb, ['pear', 'apple']), { recorder: learning.recorder });

    const card = cardReplyOf(await conversation.say('des pomes svp'));
    expect(learning.of('unanswered')).toEqual([
      { question: 'des pomes svp', conversationId: 'Convo1', decision: 'suggest', candidates: [{ id: 'pear', score: 0.4 }, { id: 'apple', score: 0.35 }] },
    ]);

    await conversation.click(buttonFor(card, 'choose', 'apple'));
    expect(learning.of('suggestionPicked')).toEqual([{ typed: 'des pomes svp', pickedId: 'apple', conversationId: 'Convo1' }]);

    // The typed text was used once: a second click is an ordinary choice, not a second pairing.
    await conversation.click(buttonFor(card, 'choose', 'apple'));
    expect(learning.of('suggestionPicked')).toHaveLength(1);
  });
});

describe('When the learning recorder fails', () => {
  test('the failure is logged and the user still gets the reply, for questions, choices and votes alike', async () => {
    const kb = await fixtureKnowledgeBase();
    const logs = captureLogs();
    const learning = recordingRecorder({ fail: true });
    const conversation = chat(unsureAnswerer(kb, ['apple']), { recorder: learning.recorder, logger: logs.logger });

    const offered = await conversation.say('des pomes svp');
    const answer = await conversation.click(buttonFor(cardReplyOf(offered), 'choose', 'apple'));
    const thanks = await conversation.click(buttonFor(cardReplyOf(answer), 'feedback', 'apple', 'up'));

    expect(buttonFor(cardReplyOf(answer), 'followup', 'pear')).toBeDefined();
    expect(messagesOf(thanks)[0].text).toBe(messages.feedbackThanks('up'));
    expect(learning.calls.map((call) => call.kind)).toEqual(['asked', 'unanswered', 'suggestionPicked', 'feedback']);
    expect(logs.text().match(/Learning recorder failed/g)).toHaveLength(4);
    expect(logs.text()).toContain('learning store unreachable');
  });
});
