import { describe, expect, test } from 'vitest';
import type { Decision } from '../../src/answering/types';
import { askInContext, topicOf, type Topic } from '../../src/conversation/contextualAsk';
import { baseOf, entry } from '../matching/smallBase';
import { decision, scored, scriptedAnswerer } from './support/scriptedAnswerer';

/**
 * Short follow-ups ("et les poires ?") read in the conversation's topic. The decisions are written by the
 * test: `answers` maps a question (or `profile|question`) to the entry and score the answerer gives;
 * anything else gets the fallback. The default options apply: 4 words at most, confident from 0.8.
 */
const kb = baseOf([
  entry('apples', ['Les pommes ?'], { profile: 'verger', theme: 'Fruits' }),
  entry('pears', ['Les poires ?'], { profile: 'verger', theme: 'Fruits' }),
  entry('carrots', ['Les carottes ?'], { profile: 'potager', theme: 'Légumes' }),
  entry('prices', ['Les prix ?'], { kind: 'not-available' }),
  entry('hello', ['Bonjour'], { kind: 'smalltalk' }),
  entry('shared', ['Partagé ?']),
]);

type Given = [id: string, score: number];
function answering(answers: Record<string, Given>) {
  return scriptedAnswerer(kb, (question, options): Decision => {
    const given = answers[`${options?.profile ?? ''}|${question}`] ?? answers[question];
    if (!given) return decision('fallback', question);
    const found = scored(kb, ...given);
    return found.entry.kind === 'not-available' ? decision('not-available', question, { notice: found }) : decision('answer', question, { answers: [found] });
  });
}
const orchard: Topic = { words: 'verger', profile: 'verger' };
const entryOf = (made: { decision: Decision }) => (made.decision.kind === 'answer' ? made.decision.answers[0].entry.id : made.decision.kind);

describe('The topic an answer sets', () => {
  test('is its job profile, read as words, when it has one', () => {
    expect(topicOf(entry('a', ['Q ?'], { profile: 'developpeur-back-end', theme: 'Le métier' }))).toEqual({ words: 'developpeur back end', profile: 'developpeur-back-end' });
  });

  test('is its theme otherwise, with no profile', () => {
    expect(topicOf(entry('a', ['Q ?'], { theme: 'Portage salarial' }))).toStrictEqual({ words: 'Portage salarial' });
  });

  test('is none for small talk, a "not available" notice, an entry without theme, or no entry', () => {
    expect(topicOf(entry('a', ['Bonjour'], { kind: 'smalltalk', theme: 'Accueil' }))).toBeUndefined();
    expect(topicOf(entry('a', ['Le prix ?'], { kind: 'not-available', profile: 'verger' }))).toBeUndefined();
    expect(topicOf(entry('a', ['Q ?']))).toBeUndefined();
    expect(topicOf(undefined)).toBeUndefined();
  });
});

describe('A message is taken alone, asked once,', () => {
  test('when the conversation has no topic yet (with the channel’s profile when there is one)', () => {
    const { answerer, calls } = answering({});
    expect(askInContext(answerer, 'les poires', undefined, 'verger')).toStrictEqual({ decision: decision('fallback', 'les poires') });
    askInContext(answerer, 'les poires', undefined);
    expect(calls).toEqual([
      { question: 'les poires', options: { profile: 'verger' } },
      { question: 'les poires', options: {} },
    ]);
  });

  test('when it has more than four words: a new question, not a follow-up', () => {
    const { answerer, calls } = answering({ 'verger|un deux trois quatre cinq verger': ['pears', 0.9] });
    expect(askInContext(answerer, 'un deux trois quatre cinq', orchard).context).toBeUndefined();
    expect(calls.map(({ question }) => question)).toEqual(['un deux trois quatre cinq']);
  });

  test('when it matches alone with a score of at least 0.8 and does not open with "et"', () => {
    const { answerer, calls } = answering({ 'les carottes': ['carrots', 0.8] });
    expect(entryOf(askInContext(answerer, 'les carottes', orchard))).toBe('carrots');
    expect(calls).toHaveLength(1);
  });

  test('when an honest "not available" notice matches it alone that well', () => {
    const { answerer, calls } = answering({ 'les prix': ['prices', 0.85] });
    expect(askInContext(answerer, 'les prix', orchard).decision.kind).toBe('not-available');
    expect(calls).toHaveLength(1);
  });
});

describe('A short message read in the topic', () => {
  test('of four words is asked again with the topic’s words, in the topic’s profile, and wins when the user’s words picked its entry', () => {
    const { answerer, calls } = answering({ 'verger|un deux trois quatre verger': ['pears', 0.9] });
    const made = askInContext(answerer, 'un deux trois quatre', orchard);
    expect(made.context).toBe('verger');
    expect(made.decision.question).toBe('un deux trois quatre');
    expect(entryOf(made)).toBe('pears');
    expect(calls).toEqual([
      { question: 'un deux trois quatre', options: {} },
      { question: 'un deux trois quatre verger', options: { profile: 'verger' } },
      { question: 'verger', options: { profile: 'verger' } },
    ]);
  });

  test('opening with "et" is read in the topic even when it matches alone confidently (spaces before it do not matter)', () => {
    const { answerer } = answering({ '  et les poires ?': ['shared', 0.95], 'verger|  et les poires ? verger': ['pears', 0.95] });
    const made = askInContext(answerer, '  et les poires ?', orchard);
    expect([made.context, entryOf(made)]).toEqual(['verger', 'pears']);
  });

  test('that matched alone below 0.8 is read in the topic when that scores at least as well', () => {
    const { answerer } = answering({ poires: ['shared', 0.7], 'verger|poires verger': ['pears', 0.7] });
    expect(askInContext(answerer, 'poires', orchard).context).toBe('verger');
  });

  test('keeps the channel’s profile when the topic (a theme) has none', () => {
    const { answerer, calls } = answering({ 'verger|poires Fruits': ['pears', 0.9] });
    expect(askInContext(answerer, 'poires', { words: 'Fruits' }, 'verger').context).toBe('Fruits');
    expect(calls[1]).toEqual({ question: 'poires Fruits', options: { profile: 'verger' } });
  });
});

describe('The message alone is kept, although read in the topic,', () => {
  test('when the reading in context finds nothing', () => {
    const { answerer } = answering({});
    expect(askInContext(answerer, 'poires', orchard)).toStrictEqual({ decision: decision('fallback', 'poires') });
  });

  test('when it lands on small talk', () => {
    const { answerer } = answering({ 'verger|poires verger': ['hello', 0.99] });
    expect(askInContext(answerer, 'poires', orchard)).toStrictEqual({ decision: decision('fallback', 'poires') });
  });

  test('when it gives what the topic’s words alone give (the user’s words picked nothing)', () => {
    const { answerer } = answering({ 'verger|poires verger': ['apples', 0.9], 'verger|verger': ['apples', 0.9] });
    expect(askInContext(answerer, 'poires', orchard)).toStrictEqual({ decision: decision('fallback', 'poires') });
  });

  test('when it scores below the message alone', () => {
    const { answerer } = answering({ poires: ['shared', 0.7], 'verger|poires verger': ['pears', 0.69] });
    const made = askInContext(answerer, 'poires', orchard);
    expect([made.context, entryOf(made)]).toEqual([undefined, 'shared']);
  });
});

describe('What the topic’s words alone give', () => {
  test('is remembered per topic words: another topic is asked for its own', () => {
    const { answerer } = answering({ 'verger|pommes verger': ['pears', 0.9], 'verger|verger': ['apples', 0.9], 'potager|potager': ['carrots', 0.9], 'potager|carottes potager': ['carrots', 0.9] });
    expect(askInContext(answerer, 'pommes', orchard).context).toBe('verger');
    expect(askInContext(answerer, 'carottes', { words: 'potager', profile: 'potager' }).context).toBeUndefined();
  });

  test('is remembered per profile: the same words in another profile are asked again', () => {
    const { answerer } = answering({ 'verger|fruits arbres': ['pears', 0.9], 'verger|arbres': ['apples', 0.9], 'potager|arbres': ['carrots', 0.9], 'potager|racines arbres': ['carrots', 0.9] });
    expect(askInContext(answerer, 'fruits', { words: 'arbres', profile: 'verger' }).context).toBe('arbres');
    expect(askInContext(answerer, 'racines', { words: 'arbres', profile: 'potager' }).context).toBeUndefined();
  });
});
