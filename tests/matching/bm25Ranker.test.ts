import path from 'node:path';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadEvalSet } from '../../src/evaluation/loadEvalSet';
import { loadKnowledgeBase } from '../../src/knowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { indexedTags } from '../../src/knowledge/pairedTopics';
import { TextAnalyzer } from '../../src/matching/analyzer';
import { createBm25Ranker, type Bm25Ranker } from '../../src/matching/bm25Ranker';
import { buildKnowledgeIndex, matchableAnswer, type IndexedEntry } from '../../src/matching/knowledgeIndex';
import { createMatcher } from '../../src/matching/matcher';
import { DEFAULT_MATCHING_OPTIONS } from '../../src/matching/matchingOptions';
import type { WeightedTerm } from '../../src/matching/scoreEntry';

// The second opinion computes BM25+ itself, for speed. npm `minisearch` is the reference: the same
// documents, the same analysed words and boosts, searched through MiniSearch, must give the same
// entries in the same order with the same scores, for every question of both development sets.

/** The second opinion as it was first written: MiniSearch's own search. */
function miniSearchRanker(entries: readonly IndexedEntry[], analyzer: TextAnalyzer, answerBoost: number): Bm25Ranker {
  const topicStems = (text: string) =>
    analyzer
      .terms(text)
      .filter((t) => !t.discourse)
      .map((t) => t.stem);
  const search = new MiniSearch<{ id: number; questions: string; answer: string }>({
    fields: ['questions', 'answer'],
    tokenize: topicStems,
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => text.split(' '), processTerm: (term) => term, combineWith: 'OR' },
  });
  search.addAll(
    entries.map((indexed, id) => ({
      id,
      questions: [...indexed.entry.questions, indexed.entry.title, ...indexedTags(indexed.entry.tags)].join('\n'),
      answer: matchableAnswer(indexed.entry),
    })),
  );
  return {
    rank(terms, limit) {
      const weighted = terms.filter((t) => !t.discourse && t.weight > 0);
      if (weighted.length === 0) return [];
      const weightOf = new Map(weighted.map((t) => [t.stem, t.weight * t.confidence]));
      const results = search.search(weighted.map((t) => t.stem).join(' '), {
        boost: { questions: 1, answer: answerBoost },
        boostTerm: (term) => weightOf.get(term) ?? 0,
      });
      return results.slice(0, limit).map((r) => ({ entry: r.id as number, score: r.score }));
    },
  };
}

let kb: KnowledgeBase;
let ours: Bm25Ranker;
let reference: Bm25Ranker;
let queries: WeightedTerm[][];

beforeAll(async () => {
  const root = path.resolve(__dirname, '../..');
  kb = await loadKnowledgeBase(path.join(root, 'knowledge'));
  const analyzer = new TextAnalyzer(kb.synonyms);
  const index = buildKnowledgeIndex(kb, analyzer, DEFAULT_MATCHING_OPTIONS);
  ours = createBm25Ranker(index.entries, analyzer, DEFAULT_MATCHING_OPTIONS.bm25);
  reference = miniSearchRanker(index.entries, analyzer, DEFAULT_MATCHING_OPTIONS.bm25.answerBoost);
  const matcher = createMatcher(kb);
  const questions = ['eval-dev.yaml', 'eval-dev2.yaml'].flatMap((file) => loadEvalSet(path.join(root, 'tests/fixtures/eval', file), kb).items.map((item) => item.q));
  queries = questions.map((q) => matcher.explain(q));
}, 60_000);

describe('The BM25 second opinion', () => {
  test('ranks the entries as MiniSearch does, with the same scores, for every development question', () => {
    expect(queries.length).toBeGreaterThan(600);
    let compared = 0;
    for (const terms of queries) {
      const mine = ours.rank(terms, 8);
      const theirs = reference.rank(terms, 8);
      expect(mine.map((r) => r.entry), terms.map((t) => t.stem).join(' ')).toEqual(theirs.map((r) => r.entry));
      mine.forEach((r, i) => expect(r.score).toBeCloseTo(theirs[i].score, 9));
      compared += mine.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  test('returns nothing for a question with no topic word, and at most `limit` entries', () => {
    expect(ours.rank([], 5)).toEqual([]);
    const longest = queries.reduce((a, b) => (b.length > a.length ? b : a));
    expect(ours.rank(longest, 2)).toHaveLength(2);
  });
});
