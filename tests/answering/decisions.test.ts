import { describe, expect, test } from 'vitest';
import { createAnswerer } from '../../src/answering/answerer';
import type { AnsweringOptions } from '../../src/answering/answeringOptions';
import type { Decision } from '../../src/answering/types';
import { createMatcher } from '../../src/matching/matcher';
import { orchard } from '../matching/smallBase';

// The answerer's decision, branch by branch, on the small orchard base of tests/matching/smallBase.ts.
// Thresholds are moved around the exact score of a question to show which rule decides.

const kb = orchard();
const answerer = createAnswerer(kb);
const matcher = createMatcher(kb);
const tuned = (overrides: Partial<AnsweringOptions>) => createAnswerer(kb, overrides);
const ids = (scored: Decision['answers']) => scored.map((s) => s.entry.id);
const summary = (decision: Decision) => ({
  kind: decision.kind,
  answers: ids(decision.answers),
  suggestions: ids(decision.suggestions),
  notice: decision.notice?.entry.id,
  alsoAsked: decision.alsoAsked?.entry.id,
  profile: decision.profile,
});
const scoreOf = (question: string) => matcher.rank(question)[0].score;
/** Just above a score: the least change that makes a threshold refuse it. */
const above = (score: number) => score + 1e-9;
const impossible = 2;

describe('When the answerer decides', () => {
  test('nothing matching gives the fallback, with nothing to offer', () => {
    expect(answerer.ask('zorglub')).toEqual({ kind: 'fallback', question: 'zorglub', answers: [], suggestions: [] });
  });

  test('an exact phrasing is answered, and only entries above the answer threshold join it', () => {
    const decision = answerer.ask('Que savez-vous des pommes ?');
    expect(summary(decision)).toEqual({ kind: 'answer', answers: ['apples'], suggestions: [], notice: undefined, alsoAsked: undefined, profile: undefined });
    expect(decision.answers[0].score).toBe(1);
  });

  test('entries as sure as the best join it as answers, up to `top`', () => {
    expect(ids(answerer.ask('légume').answers)).toEqual(['carrots', 'market']);
    expect(ids(answerer.ask('légume', { top: 1 }).answers)).toEqual(['carrots']);
  });

  test('small talk is answered, but never offered as a "did you mean"', () => {
    expect(summary(answerer.ask('Bonjour'))).toMatchObject({ kind: 'answer', answers: ['hello'] });
    expect(tuned({ answerThreshold: impossible, agreedAnswerThreshold: impossible }).ask('Bonjour').kind).toBe('fallback');
  });
});

describe('When the answer threshold is met', () => {
  // "vendre": only `market` matches, and BM25 agrees.
  const question = 'vendre';
  const score = scoreOf(question);

  test('a score equal to the threshold is answered when BM25 agrees; just below, it is offered', () => {
    const sure = tuned({ answerThreshold: score, answerAloneThreshold: impossible, agreedAnswerThreshold: impossible });
    expect(summary(sure.ask(question))).toMatchObject({ kind: 'answer', answers: ['market'] });
    const unsure = tuned({ answerThreshold: above(score), answerAloneThreshold: impossible, agreedAnswerThreshold: impossible });
    expect(summary(unsure.ask(question))).toMatchObject({ kind: 'suggest', answers: [], suggestions: ['market'] });
  });

  test('below it, an entry both rankers put first is answered from the agreed threshold, with a margin over the next', () => {
    const agreed = (overrides: Partial<AnsweringOptions>) => tuned({ answerThreshold: impossible, ...overrides }).ask(question).kind;
    // Nothing else matches: the margin is the whole score.
    expect(agreed({ agreedAnswerThreshold: score, agreedMargin: score })).toBe('answer');
    expect(agreed({ agreedAnswerThreshold: above(score), agreedMargin: 0 })).toBe('suggest');
    expect(agreed({ agreedAnswerThreshold: 0, agreedMargin: above(score) })).toBe('suggest');
  });

  test('a close call between two entries is offered with both, even when BM25 agrees, below the "alone" threshold', () => {
    // "pommes et poires": `pears` first for both rankers, `apples` close behind.
    const both = 'Que savez-vous des pommes et des poires ?';
    const [first, second] = matcher.rank(both);
    expect(matcher.secondOpinion(both)[0].entry.id).toBe('pears');
    const margin = first.score - second.score;
    const decide = (overrides: Partial<AnsweringOptions>) =>
      summary(tuned({ answerThreshold: second.score, answerAloneThreshold: impossible, agreedAnswerThreshold: impossible, ...overrides }).ask(both));
    expect(decide({ closeCallMargin: margin })).toMatchObject({ kind: 'answer', answers: ['pears', 'apples'] });
    expect(decide({ closeCallMargin: above(margin) })).toMatchObject({ kind: 'suggest', suggestions: ['pears', 'apples'] });
    // From the "alone" threshold, a lead however small is answered.
    expect(decide({ closeCallMargin: above(margin), answerAloneThreshold: first.score })).toMatchObject({ kind: 'answer' });
  });

  test('the agreed rule does not apply when the question names a subject nobody knows ("zorglub")', () => {
    expect(summary(answerer.ask('carottes zorglub'))).toMatchObject({ kind: 'suggest', suggestions: ['carrots'] });
    expect(summary(answerer.ask('carottes maison'))).toMatchObject({ kind: 'answer', answers: ['carrots'] });
  });

  test('an entry BM25 does not put first is answered only from the "alone" threshold', () => {
    // "racine récolte": `seasons` first for our scorer, `carrots` for BM25.
    const alone = 'racine récolte';
    const best = scoreOf(alone);
    expect(matcher.rank(alone)[0].entry.id).toBe('seasons');
    expect(matcher.secondOpinion(alone)[0].entry.id).toBe('carrots');
    const sure = tuned({ answerThreshold: 0, answerAloneThreshold: best, agreedAnswerThreshold: impossible });
    expect(summary(sure.ask(alone))).toMatchObject({ kind: 'answer', answers: ['seasons', 'carrots'] });
    const unsure = tuned({ answerThreshold: 0, answerAloneThreshold: above(best), agreedAnswerThreshold: impossible });
    expect(unsure.ask(alone).kind).toBe('suggest');
  });
});

describe('When the context of a message chose the entry', () => {
  // The context is about carrots, the question about the harvest: read whole, the message ranks
  // `carrots` first and BM25 agrees; its question alone ranks `seasons` first for both rankers.
  const message = 'Mon potager est plein de carottes, mon légume racine préféré. Que savez-vous de la récolte ?';
  const answering = tuned({ answerThreshold: 0.4 });

  test('the rankers agree on the whole message, not on its question', () => {
    expect(matcher.rank(message)[0].entry.id).toBe('carrots');
    expect(matcher.secondOpinion(message)[0].entry.id).toBe('carrots');
    const alone = 'Que savez-vous de la récolte ?';
    expect(matcher.questionAlone(message)).toBe(alone);
    expect(matcher.rank(alone)[0].entry.id).toBe('seasons');
    expect(matcher.secondOpinion(alone)[0].entry.id).toBe('seasons');
  });

  test('their agreement is no evidence below the "alone" threshold: both entries are offered', () => {
    expect(summary(answering.ask(message))).toMatchObject({ kind: 'suggest', suggestions: ['carrots', 'seasons'] });
    // From the "alone" threshold, the answer stands.
    expect(summary(tuned({ answerThreshold: 0.4, answerAloneThreshold: 0.4 }).ask(message))).toMatchObject({ kind: 'answer', answers: ['carrots'] });
  });

  test('a question that says "ça" for its context cannot be read alone: the context decides', () => {
    const leaning = 'Mon potager est plein de carottes, mon légume racine préféré. Que savez-vous de la récolte de tout ça ?';
    expect(matcher.questionAlone(leaning)).toBeUndefined();
    expect(summary(answering.ask(leaning))).toMatchObject({ kind: 'answer', answers: ['carrots'] });
  });

  test('a question that agrees with its context is answered', () => {
    const agreeing = 'Mon potager est plein de carottes, mon légume racine préféré. Que savez-vous des carottes ?';
    expect(summary(answering.ask(agreeing))).toMatchObject({ kind: 'answer', answers: ['carrots'] });
  });

  test('when both rankers also put it first for the question alone, a close lead is enough below the answer threshold', () => {
    const agreeing = 'Mon potager est plein de carottes, mon légume racine préféré. Que savez-vous des carottes ?';
    // The message names the vegetable garden: it is ranked within that profile.
    const [best, next] = matcher.rank(agreeing, { profile: 'potager' });
    const lead = best.score - next.score;
    // Only this rule may answer: the others are out of reach.
    const onlyAlone = (closeCallMargin: number, agreedAnswerThreshold = best.score) =>
      tuned({ answerThreshold: impossible, answerAloneThreshold: impossible, agreedMargin: impossible, agreedAnswerThreshold, closeCallMargin });
    expect(summary(onlyAlone(lead).ask(agreeing))).toMatchObject({ kind: 'answer', answers: ['carrots'] });
    expect(onlyAlone(above(lead)).ask(agreeing).kind).toBe('suggest');
    expect(onlyAlone(lead, above(best.score)).ask(agreeing).kind).toBe('suggest');
    // A question without context has no third reading.
    const plain = 'Que savez-vous des carottes ?';
    const plainBest = matcher.rank(plain)[0];
    const plainOnly = tuned({ answerThreshold: impossible, answerAloneThreshold: impossible, agreedMargin: impossible, agreedAnswerThreshold: plainBest.score, closeCallMargin: 0 });
    expect(plainOnly.ask(plain).kind).toBe('suggest');
  });

  test('a question whose own reading points elsewhere gets no such help', () => {
    // The harvest question alone ranks `seasons` first: the carrots of the context are no answer.
    const best = matcher.rank(message)[0];
    const onlyAlone = tuned({ answerThreshold: impossible, answerAloneThreshold: impossible, agreedMargin: impossible, agreedAnswerThreshold: best.score, closeCallMargin: 0 });
    expect(onlyAlone.ask(message).kind).toBe('suggest');
  });
});

describe('When nothing is sure', () => {
  test('the likeliest entries of both rankers are offered, ours first, alternately', () => {
    expect(summary(answerer.ask('parle-moi'))).toMatchObject({ kind: 'suggest', suggestions: ['apples', 'pears'] });
    expect(summary(answerer.ask('racine récolte'))).toMatchObject({ kind: 'suggest', suggestions: ['seasons', 'carrots'] });
    expect(summary(answerer.ask('racine récolte', { top: 1 }))).toMatchObject({ kind: 'suggest', suggestions: ['seasons'] });
  });

  test('ours must reach the offer threshold; BM25 adds its first `secondOpinionOffers` entries', () => {
    // "parle-moi": apples 0.296, pears 0.207, BM25 apples then pears.
    expect(ids(tuned({ offerThreshold: 0.25 }).ask('parle-moi').suggestions)).toEqual(['apples', 'pears']);
    expect(ids(tuned({ offerThreshold: 0.25, secondOpinionOffers: 0 }).ask('parle-moi').suggestions)).toEqual(['apples']);
    expect(ids(tuned({ offerThreshold: 0.25, secondOpinionOffers: 1 }).ask('parle-moi').suggestions)).toEqual(['apples']);
    // When none of ours reaches it, BM25's alone are not offered either.
    expect(tuned({ offerThreshold: 0.3 }).ask('parle-moi').kind).toBe('fallback');
  });

  test('with a profile, a sure match of another profile is out of reach: offered within the profile only', () => {
    const decision = tuned({ answerThreshold: impossible, agreedAnswerThreshold: impossible }).ask('Que savez-vous des pommes ?', { profile: 'verger' });
    expect(summary(decision)).toMatchObject({ kind: 'suggest', suggestions: ['apples', 'pears'], profile: 'verger' });
  });
});

describe('When the question is about something the sources do not cover', () => {
  test('naming its topic gives the honest notice, with the close real answers to offer', () => {
    expect(summary(answerer.ask('quel tarif ?'))).toMatchObject({ kind: 'not-available', notice: 'prices', suggestions: [], answers: [] });
    expect(summary(answerer.ask('tarif des carottes'))).toMatchObject({ kind: 'not-available', notice: 'prices', suggestions: ['carrots'] });
    expect(summary(tuned({ noticeOffers: 0 }).ask('tarif des carottes'))).toMatchObject({ kind: 'not-available', suggestions: [] });
  });

  test('a notice whose topic is not named gives way to a real answer about as good', () => {
    // "fruits": the price entry scores 0.833 (its questions say "fruits"), the seasons 0.796.
    expect(summary(answerer.ask('fruits'))).toMatchObject({ kind: 'answer', answers: ['seasons'] });
    expect(summary(tuned({ notNamedNoticeMargin: 0.01 }).ask('fruits'))).toMatchObject({ kind: 'not-available', notice: 'prices', suggestions: ['seasons'] });
  });

  test('the notice needs the suggest threshold when it comes first on its own words', () => {
    const notice = tuned({ answerThreshold: impossible, agreedAnswerThreshold: impossible, offerThreshold: 0.2 });
    expect(notice.ask('pommes fruits').kind).toBe('not-available');
    expect(tuned({ answerThreshold: impossible, agreedAnswerThreshold: impossible, offerThreshold: 0.2, suggestThreshold: 0.9 }).ask('pommes fruits').kind).toBe('suggest');
  });

  test('named only in the context of the question, the topic gives the notice only if its entry ranks among the first two', () => {
    // "tarifs" in the context: the price entry ranks second with the apples, fourth with the carrots.
    const apples = 'Je regarde les tarifs. Que savez-vous des pommes ?';
    expect(summary(answerer.ask(apples))).toMatchObject({ kind: 'not-available', notice: 'prices', suggestions: ['apples', 'carrots'] });
    expect(summary(answerer.ask('Je regarde les tarifs. Que savez-vous des carottes ?'))).toMatchObject({ kind: 'answer', answers: ['carrots'] });
    expect(summary(tuned({ longMessageNoticeRank: 1 }).ask(apples))).toMatchObject({ kind: 'answer', answers: ['apples'] });
  });

  test('ranking second on a topic only the context names, the notice needs a share of the first entry\'s score', () => {
    const apples = 'Je regarde les tarifs. Que savez-vous des pommes ?';
    const [first, second] = matcher.rank(apples);
    expect(second.entry.id).toBe('prices');
    const share = second.score / first.score;
    expect(tuned({ contextNoticeShare: share }).ask(apples).kind).toBe('not-available');
    expect(summary(tuned({ contextNoticeShare: above(share) }).ask(apples))).toMatchObject({ kind: 'answer', answers: ['apples'] });
  });

  test('the notice entry must reach the notice threshold', () => {
    const apples = 'Je regarde les tarifs. Que savez-vous des pommes ?';
    const noticeScore = matcher.rank(apples).find((s) => s.entry.id === 'prices')!.score;
    expect(tuned({ noticeThreshold: noticeScore }).ask(apples).kind).toBe('not-available');
    expect(summary(tuned({ noticeThreshold: above(noticeScore) }).ask(apples))).toMatchObject({ kind: 'answer', answers: ['apples'] });
  });

  test('with a profile, a topic an entry of another profile covers is not available', () => {
    expect(summary(answerer.ask('prix', { profile: 'verger' }))).toMatchObject({ kind: 'not-available', notice: 'prices', profile: 'verger' });
  });
});

describe('When the base has several profiles', () => {
  test('a question that fits each of them alike, naming none, asks "which one?" with the best entry of each', () => {
    expect(summary(answerer.ask('Que savez-vous ?'))).toMatchObject({ kind: 'choose-profile', suggestions: ['apples', 'carrots'], answers: [] });
  });

  test('entries further apart than the tie margin do not make a choice', () => {
    expect(summary(tuned({ profileTieMargin: 0.03 }).ask('Que savez-vous ?'))).toMatchObject({ kind: 'answer', answers: ['apples', 'carrots', 'pears'] });
  });

  test('with a profile asked for, or named in the question, the answer comes from it', () => {
    expect(summary(answerer.ask('Que savez-vous ?', { profile: 'verger' }))).toMatchObject({ kind: 'answer', answers: ['apples', 'pears'], profile: 'verger' });
    expect(answerer.ask('Que savez-vous du potager ?').profile).toBe('potager');
  });
});

describe('When a message asks two things', () => {
  test('the main answer comes with the entry of the other question', () => {
    expect(summary(answerer.ask('Que savez-vous des pommes ? Et le marché ?'))).toMatchObject({ kind: 'answer', answers: ['apples'], alsoAsked: 'market' });
  });

  test('a single question has no other', () => {
    expect(answerer.ask('Que savez-vous des pommes ?').alsoAsked).toBeUndefined();
  });

  test('another sentence about the same entry, or small talk, is not another question', () => {
    expect(summary(answerer.ask('Que savez-vous des pommes ? Et des pommes ?'))).toMatchObject({ kind: 'answer', answers: ['apples'], alsoAsked: undefined });
    expect(summary(answerer.ask('Que savez-vous des pommes ? Bonjour ?'))).toMatchObject({ kind: 'answer', answers: ['apples'], alsoAsked: undefined });
  });

  test('only the first four asking sentences are read for it', () => {
    expect(answerer.ask('Que savez-vous des pommes ? Bonjour ? Salut ? Et le marché ?').alsoAsked?.entry.id).toBe('market');
    expect(answerer.ask('Que savez-vous des pommes ? Bonjour ? Salut ? Coucou ? Et le marché ?').alsoAsked).toBeUndefined();
  });
});

describe('When a message asks nothing and opens with small talk', () => {
  test('the small talk is the reply, not "I cannot answer": the rest is the asker\'s story', () => {
    expect(summary(answerer.ask('Bonjour, je viens de la part de ma voisine'))).toMatchObject({ kind: 'answer', answers: ['hello'] });
    expect(summary(answerer.ask('Coucou ! Je suis nouveau ici.'))).toMatchObject({ kind: 'answer', answers: ['hello'] });
  });

  test('a message that asks something the base does not know still gets the fallback', () => {
    expect(answerer.ask('Bonjour, je viens de la part de ma voisine. Quel temps fera-t-il demain ?').kind).toBe('fallback');
    expect(answerer.ask('Bonjour, quel temps fera-t-il demain ?').kind).toBe('fallback');
  });

  test('weak offers (none worth a "did you mean" alone) give way to it; an offer worth one is kept', () => {
    expect(summary(answerer.ask('Salut, ma voisine cultive des fruits rouges et des fleurs au fond de son grand jardin'))).toMatchObject({ kind: 'answer', answers: ['hello'] });
    expect(summary(answerer.ask('Bonjour, les pommes et les poires de mon jardin'))).toMatchObject({ kind: 'suggest', suggestions: ['pears', 'apples'] });
  });

  test('an opening that is no small talk is not answered alone', () => {
    expect(answerer.ask('Les poires, je viens de la part de ma voisine').answers.map((s) => s.entry.kind)).not.toContain('smalltalk');
  });
});

describe('When a message of several questions is unsure read whole', () => {
  test('a part that is small talk is not taken for its question', () => {
    const decision = answerer.ask('Bonjour ? Et les poires et le marché ?');
    expect(decision.answers.map((s) => s.entry.id)).not.toContain('hello');
  });
});
