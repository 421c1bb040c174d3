import { beforeAll, describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { buildReview } from '../../src/learning/review';
import type { FeedbackEvent, LearningEvent, SuggestionPickedEvent, UnansweredEvent } from '../../src/learning/types';

const FIXTURE = 'tests/learning/fixtures/knowledge-review';
const since = new Date('2025-03-01T00:00:00.000Z');
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase(FIXTURE);
});

let clock = 0;
const at = () => new Date(Date.parse('2025-03-10T08:00:00.000Z') + clock++ * 60_000).toISOString();
const unanswered = (question: string, conversation: string, candidates: string[] = []): UnansweredEvent => ({
  type: 'unanswered',
  at: at(),
  conversation,
  question,
  decision: candidates.length ? 'suggest' : 'fallback',
  candidates: candidates.map((id, i) => ({ id, score: 0.4 - i / 10 })),
});
const picked = (typed: string, pickedId: string, conversation: string): SuggestionPickedEvent => ({ type: 'suggestion-picked', at: at(), conversation, typed, pickedId });
const vote = (entryId: string, value: 'up' | 'down', conversation: string, question?: string): FeedbackEvent => ({
  type: 'feedback',
  at: at(),
  conversation,
  entryId,
  vote: value,
  ...(question ? { question } : {}),
});
// One conversation is enough here: these tests are about what is proposed; the default (3) is tested below.
const review = (events: LearningEvent[]) => buildReview(events, kb, { since, minConversations: 1 });

describe('When support staff look at unanswered questions', () => {
  test('phrasings of the same question are grouped, whatever their word order, case or accents', () => {
    const { unanswered: groups } = review([
      unanswered('Combien coûte une formation ?', 'c1'),
      unanswered('combien coute une formation', 'c2'),
      unanswered('une formation, ça coûte combien ?', 'c3'),
      unanswered('le tarif d’une formation ?', 'c4'),
      unanswered('Où travaille-t-il ?', 'c5'),
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ label: 'Combien coûte une formation ?', count: 4, conversations: 4 });
    expect(groups[0].phrasings.map((p) => p.text)).toEqual([
      'Combien coûte une formation ?',
      'le tarif d’une formation ?',
      'une formation, ça coûte combien ?',
    ]);
    expect(groups[1]).toMatchObject({ label: 'Où travaille-t-il ?', count: 1 });
  });

  test('the most asked come first, and one person asking again counts once as a conversation', () => {
    const { unanswered: groups } = review([
      unanswered('télétravail possible ?', 'c1'),
      unanswered('Quelle mutuelle ?', 'c2'),
      unanswered('quelle mutuelle', 'c2'),
      unanswered('quelle mutuelle ?', 'c3'),
    ]);
    expect(groups.map((g) => [g.label, g.count, g.conversations])).toEqual([
      ['Quelle mutuelle ?', 3, 2],
      ['télétravail possible ?', 1, 1],
    ]);
  });

  test('the entry most often closest is named, as a hint of where the question might belong', () => {
    const { unanswered: groups } = review([
      unanswered('quel est le langage le plus demandé', 'c1', ['job-languages', 'job-missions']),
      unanswered('le langage le plus demandé ?', 'c2', ['job-languages']),
    ]);
    expect(groups[0].closest).toEqual({ id: 'job-languages', title: 'Les langages', count: 2 });
    expect(groups[0].decisions).toEqual({ fallback: 0, suggest: 2, 'not-available': 0 });
  });

  test('a question later resolved by a "did you mean" choice is not listed as unanswered', () => {
    const result = review([unanswered('langages back', 'c1', ['job-languages']), picked('langages back', 'job-languages', 'c1'), unanswered('langages back', 'c2')]);
    expect(result.unanswered).toHaveLength(1);
    expect(result.unanswered[0]).toMatchObject({ count: 1, conversations: 1 });
  });
});

describe('When support staff look at votes', () => {
  test('entries with the most 👎 come first, with their 👍, and the questions they were asked as', () => {
    const { disliked } = review([
      vote('job-missions', 'down', 'c1', 'il fait quoi ?'),
      vote('job-languages', 'down', 'c2', 'quels langages'),
      vote('job-languages', 'down', 'c3', 'langages ?'),
      vote('job-languages', 'up', 'c4'),
      vote('job-missions', 'up', 'c5'),
      vote('job-missions', 'up', 'c6'),
      vote('job-salary', 'up', 'c7'),
    ]);
    expect(disliked).toEqual([
      { entryId: 'job-languages', title: 'Les langages', file: 'knowledge-review/metier.yaml', up: 1, down: 2, downQuestions: ['quels langages', 'langages ?'] },
      { entryId: 'job-missions', title: 'Les missions', file: 'knowledge-review/metier.yaml', up: 2, down: 1, downQuestions: ['il fait quoi ?'] },
    ]);
  });

  test('a person who changes their vote counts once, with their last vote', () => {
    const { disliked } = review([vote('job-missions', 'down', 'c1'), vote('job-missions', 'up', 'c1'), vote('job-languages', 'up', 'c1'), vote('job-languages', 'down', 'c1')]);
    expect(disliked.map((v) => [v.entryId, v.up, v.down])).toEqual([['job-languages', 0, 1]]);
  });

  test('votes on an entry removed since are still shown, marked as such', () => {
    const { disliked } = review([vote('old-entry', 'down', 'c1')]);
    expect(disliked).toEqual([{ entryId: 'old-entry', up: 0, down: 1, downQuestions: [] }]);
  });
});

describe('When support staff look at "did you mean" choices', () => {
  test('typed texts become alternate questions of the picked entry, the most picked first', () => {
    const { alternates } = review([
      picked('il code en quoi', 'job-languages', 'c1'),
      picked('son quotidien', 'job-missions', 'c2'),
      picked('Il code en quoi ?', 'job-languages', 'c3'),
      picked('il code en quoi', 'job-languages', 'c3'),
    ]);
    expect(alternates).toEqual([
      { entryId: 'job-languages', title: 'Les langages', file: 'knowledge-review/metier.yaml', question: 'il code en quoi', picks: 3, conversations: 2 },
      { entryId: 'job-missions', title: 'Les missions', file: 'knowledge-review/metier.yaml', question: 'son quotidien', picks: 1, conversations: 1 },
    ]);
  });

  test('a text already among the questions, too short, holding a blanked number, or for an unknown or follow-up-only entry is not proposed', () => {
    const { alternates } = review([
      picked('Que fait-il au quotidien ?', 'job-missions', 'c1'),
      picked('lgg', 'job-languages', 'c1'),
      picked('appelez le [numéro]', 'job-missions', 'c1'),
      picked('vieux sujet', 'removed-entry', 'c1'),
      picked('un petit détail', 'job-hidden', 'c1'),
    ]);
    expect(alternates).toEqual([]);
  });

  test('a minimum number of picks can be required', () => {
    const events = [picked('il code en quoi', 'job-languages', 'c1'), picked('il code en quoi', 'job-languages', 'c2'), picked('son quotidien', 'job-missions', 'c2')];
    expect(buildReview(events, kb, { since, minPicks: 2, minConversations: 1 }).alternates.map((a) => a.question)).toEqual(['il code en quoi']);
  });
});
