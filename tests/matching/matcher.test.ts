import { describe, expect, test } from 'vitest';
import { createMatcher } from '../../src/matching/matcher';
import { baseOf, entry, orchard } from './smallBase';

const matcher = createMatcher(orchard());
const ranked = (question: string, options = {}) => matcher.rank(question, options).map((s) => s.entry.id);

describe('When the matcher ranks entries', () => {
  test('a question written as one of the phrasings scores 1, and scores lie in [0, 1], best first', () => {
    const scores = matcher.rank('Que savez-vous des pommes ?');
    expect(scores[0]).toMatchObject({ entry: { id: 'apples' }, score: 1 });
    expect(scores.length).toBeGreaterThan(2);
    for (const { score } of scores) {
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(scores.map((s) => s.score)).toEqual([...scores.map((s) => s.score)].sort((a, b) => b - a));
  });

  test('entries tied first are ordered by their closest question over all the words, framing ones included, not by id', () => {
    const base = baseOf([entry('a-what', ["C'est quoi un plombier ?"]), entry('b-where', ['Où travaille un plombier ?'])]);
    const tied = createMatcher(base).rank('Un plombier, ça travaille où ?');
    expect(tied.map((s) => [s.entry.id, s.score])).toEqual([['b-where', 1], ['a-what', 1]]);
    expect(createMatcher(base).rank("c'est quoi, un plombier ?")[0].entry.id).toBe('a-what');
  });

  test('only entries sharing a word with the question are ranked', () => {
    expect(ranked('marché')).toEqual(['market']);
    expect(ranked('zorglub')).toEqual([]);
  });

  test('context-only entries and drafts are never found by their words; drafts are when asked', () => {
    expect(ranked('les cerises')).toEqual([]);
    expect(ranked('fraises')).toEqual([]);
    expect(createMatcher(orchard(), { includeDrafts: true }).rank('fraises').map((s) => s.entry.id)).toEqual(['strawberries']);
  });

  test('at most 5 entries by default, or `limit`', () => {
    const many = createMatcher(baseOf(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => entry(`fruit-${id}`, [`fruit ${id}`, `le fruit ${id}`, `un fruit ${id}`, `fruits ${id}`]))));
    expect(many.rank('fruit')).toHaveLength(5);
    expect(many.rank('fruit', { limit: 2 })).toHaveLength(2);
    expect(many.rank('fruit', { limit: 7 })).toHaveLength(7);
  });

  test('entries scoring alike are ordered by id', () => {
    const twins = createMatcher(baseOf([entry('twin-b', ['la pomme verte', 'pomme verte']), entry('twin-a', ['la pomme verte', 'pomme verte'])]));
    expect(twins.rank('pomme verte').map((s) => [s.entry.id, s.score])).toEqual([
      ['twin-a', 1],
      ['twin-b', 1],
    ]);
  });

  test('with a profile, the other profiles are left out and shared entries stay', () => {
    expect(ranked('prix')).toEqual(['prices', 'market']);
    expect(ranked('prix', { profile: 'verger' })).toEqual(['prices']);
    expect(ranked('prix', { profile: 'potager' })).toEqual(['prices', 'market']);
  });
});

describe('When the matcher is asked about a question', () => {
  test('a profile is named when all the words of its name, or of its id, are in the question', () => {
    expect(matcher.mentionedProfiles('le verger bio')).toEqual(['verger']);
    expect(matcher.mentionedProfiles('un potager et un verger')).toEqual(['verger', 'potager']);
    expect(matcher.mentionedProfiles('bio')).toEqual([]);
    const twoWords = createMatcher(baseOf([entry('x', ['une question', 'deux'], { profile: 'data-scientist' })]));
    expect(twoWords.mentionedProfiles('data scientist')).toEqual(['data-scientist']);
    expect(twoWords.mentionedProfiles('data')).toEqual([]);
  });

  test('a topic only a "not available" entry is about is named in the question, or only in its context', () => {
    expect(matcher.namesUnavailableTopic('quel tarif ?')).toBe('question');
    expect(matcher.namesUnavailableTopic('Je compare les tarifs. Quelle saison pour les fruits ?')).toBe('context');
    expect(matcher.namesUnavailableTopic('les pommes')).toBeUndefined();
    expect(matcher.noticesNamed('quel tarif ?')).toEqual(['prices']);
    expect(matcher.noticesNamed('les pommes')).toEqual([]);
  });

  test('a topic an answerable entry of a profile uses is available for that profile only', () => {
    // "prix" is in the questions of `market`, of the potager profile.
    expect(matcher.namesUnavailableTopic('quel prix ?')).toBeUndefined();
    expect(matcher.namesUnavailableTopic('quel prix ?', 'verger')).toBe('question');
    expect(matcher.namesUnavailableTopic('quel prix ?', 'potager')).toBeUndefined();
  });

  test('a message is long from 6 topic words on', () => {
    expect(matcher.isLongMessage('pommes poires carottes fruits saison')).toBe(false);
    expect(matcher.isLongMessage('pommes poires carottes fruits saison récolte')).toBe(true);
    expect(matcher.isLongMessage('les pommes, les poires et les carottes de la saison')).toBe(false);
  });

  test('the questions of a message are listed when there are at least two: its asking sentences, and "et quel…" parts', () => {
    expect(matcher.questionParts('Quelles pommes ? Et les poires ?')).toEqual(['Quelles pommes ?', 'Et les poires ?']);
    expect(matcher.questionParts('Bonjour. Quelles pommes ?')).toEqual([]);
    expect(matcher.questionParts('Les <b>pommes</b> ? Et <i>les</i> poires ?')).toEqual(['Les  pommes  ?', 'Et  les  poires ?']);
    expect(matcher.questionParts('Quelles pommes faut-il et quelles poires ?')).toHaveLength(2);
    // After a comma, a short clause asking how much is another question; "et" inside a clause is not.
    expect(matcher.questionParts('Quelles pommes choisir, et leur prix combien ?')).toEqual(['Quelles pommes choisir', 'leur prix combien ?']);
    expect(matcher.questionParts('Combien de pommes et de poires ?')).toEqual([]);
  });

  test('a word of the question that neither the base nor everyday French knows may be its unknown subject', () => {
    expect(matcher.namesUnknownSubject('zorglub ?')).toBe(true);
    expect(matcher.namesUnknownSubject('bonjour zorglub')).toBe(true);
    expect(matcher.namesUnknownSubject('maison ?')).toBe(false);
    expect(matcher.namesUnknownSubject('pommes ?')).toBe(false);
    expect(matcher.namesUnknownSubject('Mon voisin dit zorglub. Quelle saison pour les pommes ?')).toBe(false);
  });

  test('the second opinion (BM25) ranks entries of its own, filtered by profile and limited', () => {
    const question = 'carottes pommes poires fruits marché récolte';
    expect(matcher.secondOpinion(question).map((s) => s.entry.id)).toEqual(['seasons', 'prices', 'pears', 'carrots', 'market']);
    expect(matcher.secondOpinion(question, { profile: 'verger' }).map((s) => s.entry.id)).toEqual(['seasons', 'prices', 'pears', 'apples']);
    expect(matcher.secondOpinion('fruits pommes', { limit: 1 }).map((s) => s.entry.id)).toEqual(['prices']);
    expect(matcher.secondOpinion('bonjour')).toEqual([]);
  });

  test('explain shows the words as matching weighs them', () => {
    // A framing word's stem is marked apart from the topic words' ("maintenant" and "maintenance" share "mainten").
    const [greeting, apples] = matcher.explain('Bonjour, les pommes ?');
    expect(greeting).toMatchObject({ stem: '~bonjour', discourse: true, unknown: false, focused: true, uncoveredScale: 1 });
    expect(apples).toMatchObject({ stem: 'pomm', discourse: false, unknown: false, rare: false, confidence: 1 });
    // A greeting weighs `discourseWeight` (0.15) of what it would weigh as a topic word.
    const [asTopic] = createMatcher(orchard(), { discourseWeight: 1 }).explain('Bonjour, les pommes ?');
    expect(greeting.weight / asTopic.weight).toBeCloseTo(0.15, 10);
  });
});

describe('When a framing word and a topic word share a stem', () => {
  test('"maintenant" (a framing word) does not find the entry about "maintenance"', () => {
    const base = baseOf([entry('upkeep', ['Qui assure la maintenance du site ?']), entry('hours', ["Quels sont vos horaires d'ouverture ?"])]);
    expect(createMatcher(base).rank('Et maintenant, que faire ?').map((s) => s.entry.id)).not.toContain('upkeep');
    expect(createMatcher(base).rank('la maintenance, qui la fait ?')[0].entry.id).toBe('upkeep');
  });
});
