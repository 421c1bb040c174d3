import { describe, expect, test } from 'vitest';
import { createMatcher } from '../../src/matching/matcher';
import type { MatchingOptions } from '../../src/matching/matchingOptions';
import { orchard } from './smallBase';

// How the context of a question and the sentences of a long message change the scores (orchard base).

const kb = orchard();
const matcher = createMatcher(kb);
const tuned = (overrides: Partial<MatchingOptions>) => createMatcher(kb, overrides);
const scoreOf = (m: ReturnType<typeof createMatcher>, question: string, id: string) => m.rank(question, { limit: 9 }).find((s) => s.entry.id === id)?.score ?? 0;

describe('When a question leans on its context ("...de ce fruit ?")', () => {
  const question = 'Je cultive des pommes. Que savez-vous de ce fruit ?';

  test('the message read as a whole lifts the entries the question itself points to', () => {
    const alone = scoreOf(tuned({ wholeMessageFactor: 0 }), question, 'apples');
    const lifted = scoreOf(matcher, question, 'apples');
    expect(lifted).toBeGreaterThan(alone + 0.1);
    expect(matcher.rank(question)[0].entry.id).toBe('apples');
    // At half weight, the whole message no longer beats the question alone.
    expect(scoreOf(tuned({ wholeMessageFactor: 0.5 }), question, 'apples')).toBe(alone);
  });

  test('only the first `wholeMessageCandidates` entries of the question alone may be lifted', () => {
    const unlifted = scoreOf(tuned({ wholeMessageFactor: 0 }), question, 'prices');
    expect(scoreOf(matcher, question, 'prices')).toBeGreaterThan(unlifted);
    expect(scoreOf(tuned({ wholeMessageCandidates: 1 }), question, 'prices')).toBe(unlifted);
  });

  test('an entry the question barely touches is not lifted by a context about it', () => {
    // The context names the carrots; the question asks about apples and gives the carrots a small part of their score.
    const message = "J'ai des carottes et des légumes racines. Parle-moi des pommes ?";
    const questionAlone = scoreOf(tuned({ wholeMessageFactor: 0 }), message, 'carrots');
    expect(questionAlone).toBeLessThan(scoreOf(matcher, message, 'apples') * 0.25);
    expect(scoreOf(matcher, message, 'carrots')).toBe(questionAlone);
    // Without the least share, the context lifts them to about half the apples' score.
    expect(scoreOf(tuned({ wholeMessagePointedShare: 0 }), message, 'carrots')).toBeGreaterThan(questionAlone + 0.2);
  });

  test('context alone never brings in an entry the question does not point to', () => {
    // "Mon voisin vend au marché": the market entry stays where the question alone puts it.
    const withContext = 'Mon voisin vend au marché. Que savez-vous des carottes ?';
    expect(scoreOf(matcher, withContext, 'market')).toBe(scoreOf(tuned({ wholeMessageFactor: 0 }), withContext, 'market'));
    expect(scoreOf(matcher, withContext, 'market')).toBeLessThan(0.05);
  });
});

describe('When a long message asks in one of its sentences', () => {
  // Six topic words, then a sentence that is a phrasing of `carrots`.
  const message = 'pommes poires carottes légume racine récolte. les carottes';

  test('the best entry is lifted to its score for that sentence alone (times `sentenceFactor`, 1 by default)', () => {
    expect(matcher.isLongMessage(message)).toBe(true);
    expect(scoreOf(matcher, message, 'carrots')).toBeCloseTo(1, 12);
    expect(scoreOf(tuned({ sentenceFactor: 0.95 }), message, 'carrots')).toBeCloseTo(0.95, 12);
    const unlifted = scoreOf(tuned({ sentenceFactor: 0 }), message, 'carrots');
    expect(unlifted).toBeLessThan(0.5);
    expect(scoreOf(tuned({ sentenceFactor: 0.1 }), message, 'carrots')).toBe(unlifted);
  });

  test('only the best entry is lifted, and a short message is not read sentence by sentence', () => {
    expect(scoreOf(matcher, message, 'pears')).toBe(scoreOf(tuned({ sentenceFactor: 0 }), message, 'pears'));
    const short = 'pommes carottes. les carottes';
    expect(matcher.isLongMessage(short)).toBe(false);
    expect(scoreOf(matcher, short, 'carrots')).toBe(scoreOf(tuned({ sentenceFactor: 0 }), short, 'carrots'));
  });

  test('a longer limit on what is long turns the lift off', () => {
    // Seven topic words in all ("carottes" twice).
    expect(scoreOf(tuned({ longMessageWords: 6 }), message, 'carrots')).toBeCloseTo(1, 12);
    expect(scoreOf(tuned({ longMessageWords: 7 }), message, 'carrots')).toBeLessThan(0.9);
  });
});
