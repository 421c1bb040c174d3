import MiniSearch from 'minisearch';
import type { IndexedEntry } from './knowledgeIndex';
import type { TextAnalyzer } from './analyzer';
import { matchableAnswer } from './knowledgeIndex';
import type { WeightedTerm } from './scoreEntry';

/**
 * A second, independent ranker: BM25+ (npm `minisearch`) over each entry's questions and answer,
 * fed with the same analysed words as our scorer. It knows nothing of coverage or echo, so when
 * it puts the same entry first as our scorer, that is strong evidence of a sure match; when it
 * does not, the bot should offer choices rather than answer.
 */
export interface Bm25Ranker {
  /** Entry positions (in the index's `entries`) with their BM25 scores, best first, at most `limit`. */
  rank(terms: readonly WeightedTerm[], limit: number): Array<{ entry: number; score: number }>;
}

export interface Bm25Options {
  /** Weight of a match in the answer text, relative to one in the questions. */
  answerBoost: number;
}

interface Bm25Document {
  id: number;
  questions: string;
  answer: string;
}

export function createBm25Ranker(entries: readonly IndexedEntry[], analyzer: TextAnalyzer, options: Bm25Options): Bm25Ranker {
  const topicStems = (text: string) =>
    analyzer
      .terms(text)
      .filter((t) => !t.discourse)
      .map((t) => t.stem);
  const search = new MiniSearch<Bm25Document>({
    fields: ['questions', 'answer'],
    tokenize: topicStems,
    // Stems are already normalised: MiniSearch's own lowercasing would be a no-op at best.
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => text.split(' '), processTerm: (term) => term, combineWith: 'OR' },
  });
  search.addAll(
    entries.map((indexed, id) => ({
      id,
      questions: [...indexed.entry.questions, indexed.entry.title, ...indexed.entry.tags].join('\n'),
      answer: matchableAnswer(indexed.entry),
    })),
  );
  return {
    rank(terms, limit) {
      const weighted = terms.filter((t) => !t.discourse && t.weight > 0);
      if (weighted.length === 0) return [];
      const weightOf = new Map(weighted.map((t) => [t.stem, t.weight * t.confidence]));
      const results = search.search(weighted.map((t) => t.stem).join(' '), {
        boost: { questions: 1, answer: options.answerBoost },
        boostTerm: (term) => weightOf.get(term) ?? 0,
      });
      return results.slice(0, limit).map((r) => ({ entry: r.id as number, score: r.score }));
    },
  };
}
