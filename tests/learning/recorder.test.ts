import { describe, expect, test } from 'vitest';
import { createConversationHasher } from '../../src/learning/conversationHasher';
import { createLearningRecorder } from '../../src/learning/learningRecorder';
import { MemoryLearningStore } from '../../src/learning/memoryLearningStore';

const salt = 'a-test-salt-of-sufficient-length';
const conversationId = 'a0b1c2d3|livechat';
const at = new Date('2025-03-14T10:00:00.000Z');

function setUp() {
  const store = new MemoryLearningStore();
  const recorder = createLearningRecorder({ store, salt, now: () => at });
  const records = () => store.list(new Date(0));
  return { store, recorder, records };
}

describe('When the bot reports what happened', () => {
  test('an unanswered question is recorded with its decision and closest entries, scores rounded', async () => {
    const { recorder, records } = setUp();
    await recorder.unanswered({
      question: 'combien coûte le portage ?',
      conversationId,
      decision: 'suggest',
      candidates: [
        { id: 'portage-overview', score: 0.41234 },
        { id: 'portage-advantages', score: 0.3 },
      ],
    });
    expect(await records()).toEqual([
      {
        type: 'unanswered',
        at: at.toISOString(),
        conversation: createConversationHasher(salt)(conversationId),
        question: 'combien coûte le portage ?',
        decision: 'suggest',
        candidates: [
          { id: 'portage-overview', score: 0.412 },
          { id: 'portage-advantages', score: 0.3 },
        ],
      },
    ]);
  });

  test('a typed "👎" (or only punctuation) is not an unanswered question', async () => {
    const { recorder, records } = setUp();
    for (const question of ['👎', '?!', '👍👍 ...']) await recorder.unanswered({ question, conversationId, decision: 'fallback', candidates: [] });
    expect(await records()).toEqual([]);
  });

  test('a did-you-mean choice is recorded as typed text -> picked entry', async () => {
    const { recorder, records } = setUp();
    await recorder.suggestionPicked({ typed: 'lang prog back', pickedId: 'back-end-languages', conversationId });
    expect(await records()).toMatchObject([{ type: 'suggestion-picked', typed: 'lang prog back', pickedId: 'back-end-languages' }]);
  });

  test('a vote is recorded with its entry, and with its question only when known', async () => {
    const { recorder, records } = setUp();
    await recorder.feedback({ entryId: 'back-end-missions', vote: 'down', question: 'il fait quoi ?', conversationId });
    await recorder.feedback({ entryId: 'back-end-missions', vote: 'up', conversationId });
    const [down, up] = await records();
    expect(down).toMatchObject({ type: 'feedback', entryId: 'back-end-missions', vote: 'down', question: 'il fait quoi ?' });
    expect(up).toMatchObject({ type: 'feedback', vote: 'up' });
    expect(up).not.toHaveProperty('question');
  });

  test('at most five candidates are kept', async () => {
    const { recorder, records } = setUp();
    const candidates = Array.from({ length: 8 }, (_, i) => ({ id: `entry-${i}`, score: 0.5 - i / 100 }));
    await recorder.unanswered({ question: 'q', conversationId, decision: 'fallback', candidates });
    const [record] = await records();
    expect(record.type === 'unanswered' && record.candidates.map((c) => c.id)).toEqual(['entry-0', 'entry-1', 'entry-2', 'entry-3', 'entry-4']);
  });
});

describe('When records are written, nobody can be identified from them', () => {
  test('the raw conversation id is stored nowhere, only its HMAC', async () => {
    const { recorder, records } = setUp();
    await recorder.unanswered({ question: 'q', conversationId, decision: 'fallback', candidates: [] });
    await recorder.suggestionPicked({ typed: 't', pickedId: 'p', conversationId });
    await recorder.feedback({ entryId: 'e', vote: 'up', conversationId });
    const text = JSON.stringify(await records());
    expect(text).not.toContain('a0b1c2d3');
    expect(text).not.toContain('livechat');
    expect(new Set((await records()).map((r) => r.conversation))).toEqual(new Set([createConversationHasher(salt)(conversationId)]));
  });

  test('the same conversation hashes alike, another conversation or another salt differently', () => {
    const hash = createConversationHasher(salt);
    expect(hash(conversationId)).toBe(hash(conversationId));
    expect(hash(conversationId)).toMatch(/^[0-9a-f]{32}$/);
    expect(hash('another')).not.toBe(hash(conversationId));
    expect(createConversationHasher('another-salt-of-enough-length')(conversationId)).not.toBe(hash(conversationId));
  });

  test('e-mail addresses and phone numbers typed in a question are blanked', async () => {
    const { recorder, records } = setUp();
    await recorder.unanswered({
      question: 'écrivez à jean.dupont@exemple.fr ou au 06 12 34 56 78, ou +33 6 12 34 56 78',
      conversationId,
      decision: 'fallback',
      candidates: [],
    });
    await recorder.feedback({ entryId: 'e', vote: 'down', question: 'mon numéro 0612345678', conversationId });
    const text = JSON.stringify(await records());
    expect(text).not.toMatch(/dupont|12 34|612345678/);
    expect(text).toContain('écrivez à [e-mail] ou au [numéro], ou [numéro]');
  });

  test('ordinary figures in a question are kept', async () => {
    const { recorder, records } = setUp();
    await recorder.unanswered({ question: 'un TJM de 500 € en 2024 pour 3 ans', conversationId, decision: 'fallback', candidates: [] });
    expect((await records())[0]).toMatchObject({ question: 'un TJM de 500 € en 2024 pour 3 ans' });
  });
});
