import { describe, expect, test } from 'vitest';
import { maxShownAnswers, noteShownAnswer, wasAnswerShown, type ConversationState } from '../../src/conversation/conversationState';

describe('The answers a conversation showed (what a vote may be about)', () => {
  test('an answer shown again moves to the end once, and only the last twenty stay open to a vote', () => {
    const state: ConversationState = {};
    for (let i = 1; i <= maxShownAnswers + 2; i++) noteShownAnswer(state, `e${i}`);
    noteShownAnswer(state, 'e5');
    expect(maxShownAnswers).toBe(20);
    expect(state.shownAnswers).toEqual([...Array.from({ length: 20 }, (_, i) => `e${i + 3}`).filter((id) => id !== 'e5'), 'e5']);
    expect(wasAnswerShown(state, 'e2')).toBe(false);
    expect(wasAnswerShown(state, 'e3')).toBe(true);
  });

  test('a state saved before shown answers were kept still accepts votes on its recent answers, and nothing else', () => {
    const older: ConversationState = { recentAnswers: [{ entryId: 'apples', question: 'les pommes' }] };
    expect(wasAnswerShown(older, 'apples')).toBe(true);
    expect(wasAnswerShown(older, 'pears')).toBe(false);
    expect(wasAnswerShown({}, 'apples')).toBe(false);
  });
});
