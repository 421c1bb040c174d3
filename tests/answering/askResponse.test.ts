import { describe, expect, test } from 'vitest';
import { createAnswerer } from '../../src/answering/answerer';
import { askResponseBody, toAskResponse, toAskResponseItem } from '../../src/answering/askResponse';
import type { Decision, ScoredEntry } from '../../src/answering/types';
import type { KnowledgeEntry } from '../../src/knowledge/types';
import { baseWithDataScientist } from './knowledgeBases';

const entry = (id: string, extra: Partial<KnowledgeEntry> = {}): KnowledgeEntry => ({
  id,
  title: `Titre ${id}`,
  questions: [`question ${id}`, `autre ${id}`],
  answer: `Réponse ${id}.`,
  kind: 'answer',
  followups: [],
  tags: [],
  contextOnly: false,
  draft: false,
  location: { file: 'kb/faq.yaml', line: 2 },
  ...extra,
});
const scored = (id: string, score: number, extra: Partial<KnowledgeEntry> = {}): ScoredEntry => ({ entry: entry(id, extra), score });

describe('When a decision is turned into the JSON of POST /api/ask', () => {
  test('an entry keeps its id, title, answer, source and profile, not its phrasings; its score is rounded to 3 decimals', () => {
    const item = toAskResponseItem(
      scored('studies', 0.87654, { profile: 'developpeur-back-end', source: { title: 'Fiche', updated: '2023-12-20', url: 'https://example.org' } }),
    );
    expect(item).toEqual({
      id: 'studies',
      title: 'Titre studies',
      answer: 'Réponse studies.',
      score: 0.877,
      source: { title: 'Fiche', updated: '2023-12-20', url: 'https://example.org' },
      profile: 'developpeur-back-end',
    });
    expect(Object.keys(item)).not.toContain('questions');
    expect(toAskResponseItem(scored('x', 0.12345)).score).toBe(0.123);
    expect(toAskResponseItem(scored('x', 0.0004)).score).toBe(0);
  });

  test('asked for, the phrasings come too, in their order', () => {
    expect(toAskResponseItem(scored('studies', 0.5), { questions: true }).questions).toEqual(['question studies', 'autre studies']);
    const decision: Decision = { kind: 'suggest', question: 'q', answers: [], suggestions: [scored('b', 0.4)], notice: scored('n', 0.6), alsoAsked: scored('o', 0.7) };
    const response = toAskResponse(decision, { questions: true });
    expect([...response.suggestions, response.notice, response.alsoAsked].map((item) => item?.questions)).toEqual([
      ['question b', 'autre b'],
      ['question n', 'autre n'],
      ['question o', 'autre o'],
    ]);
  });

  test('an entry without source or profile gives null for both', () => {
    expect(toAskResponseItem(scored('shared', 1))).toMatchObject({ source: null, profile: null, score: 1 });
  });

  test('the item is a copy: changing it leaves the knowledge base alone', () => {
    const original = scored('copy', 0.5, { source: { title: 'Fiche' } });
    const item = toAskResponseItem(original, { questions: true });
    item.questions!.push('ajoutée');
    item.source!.title = 'modifiée';
    expect(original.entry.questions).toEqual(['question copy', 'autre copy']);
    expect(original.entry.source).toEqual({ title: 'Fiche' });
  });

  test('answers and suggestions keep their order; notice and alsoAsked appear only when the decision has them', () => {
    const base: Decision = { kind: 'suggest', question: 'q', answers: [], suggestions: [scored('b', 0.4), scored('a', 0.3)] };
    expect(toAskResponse(base)).toEqual({ answers: [], suggestions: [toAskResponseItem(scored('b', 0.4)), toAskResponseItem(scored('a', 0.3))] });
    expect(Object.keys(toAskResponse(base))).toEqual(['answers', 'suggestions']);

    const full: Decision = {
      kind: 'answer',
      question: 'q',
      answers: [scored('main', 0.9)],
      suggestions: [],
      notice: scored('notice', 0.6, { kind: 'not-available' }),
      alsoAsked: scored('other', 0.7),
    };
    expect(toAskResponse(full)).toEqual({
      answers: [toAskResponseItem(scored('main', 0.9))],
      suggestions: [],
      notice: toAskResponseItem(scored('notice', 0.6, { kind: 'not-available' })),
      alsoAsked: toAskResponseItem(scored('other', 0.7)),
    });
  });
});

describe('When the route writes the body of POST /api/ask from kept pieces of JSON', () => {
  const reference = (decision: Decision, questions?: boolean) =>
    JSON.stringify({ decision: decision.kind, ...toAskResponse(decision, { questions }), ...(decision.kind !== 'answer' && { answers: [] }) });

  test('it is byte for byte the JSON of the whole response, for every kind of decision on the real base, asked twice', async () => {
    const answerer = createAnswerer(await baseWithDataScientist());
    const questions = [
      ...answerer.knowledgeBase.entries.flatMap((kbEntry) => kbEntry.questions.slice(0, 2)),
      'combien gagne un dev back end',
      'bonjour',
      'quelle est la capitale du Pérou',
      'il faut quel diplôme ? et ça paie bien ?',
      'backend "quoted" \\ \u2028 émojis 😀',
      // A ranking the sources never make: "judgement" in both writings.
      'Django ou Symfony, lequel est le meilleur ?',
    ];
    const kinds = new Set<string>();
    for (const question of questions) {
      const decision = answerer.ask(question, { top: 3 });
      kinds.add(decision.kind);
      expect(askResponseBody(decision)).toBe(reference(decision));
      expect(askResponseBody(decision)).toBe(reference(decision));
      expect(askResponseBody(decision, { questions: true })).toBe(reference(decision, true));
    }
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    expect(JSON.parse(askResponseBody(answerer.ask('Django ou Symfony, lequel est le meilleur ?')))).toMatchObject({ decision: 'suggest', judgement: true });
  });

  test('a score that changes for the same entry is written anew', () => {
    const decision = (score: number): Decision => ({ kind: 'answer', answers: [scored('same', score)], suggestions: [] }) as unknown as Decision;
    const first = decision(0.5);
    const second: Decision = { ...first, answers: [{ entry: first.answers[0].entry, score: 0.91234 }] };
    expect(askResponseBody(first)).toContain('"score":0.5,');
    expect(askResponseBody(second)).toContain('"score":0.912,');
    expect(askResponseBody(second)).toBe(reference(second));
  });
});
