import type { ScoredEntry } from '../answering/types';
import type { KnowledgeBase } from '../knowledge/types';
import { TextAnalyzer } from './analyzer';
import { buildKnowledgeIndex, type KnowledgeIndex } from './knowledgeIndex';
import { DEFAULT_MATCHING_OPTIONS, type MatchingOptions } from './matchingOptions';
import { scoreEntry, type ScoringQuery, type WeightedTerm } from './scoreEntry';
import { createTypoCorrector } from './typoCorrector';

export interface RankOptions {
  /** How many entries to return at most (default 5). */
  limit?: number;
  /** Keep only this job profile's entries and the shared ones. */
  profile?: string;
}

/** Ranks the entries of one knowledge base for a free-text question. */
export interface Matcher {
  rank(question: string, options?: RankOptions): ScoredEntry[];
  /** The query's words as matching sees them (for traces and the CLI). */
  explain(question: string): WeightedTerm[];
}

/**
 * Builds the index once (synonyms, stems, word weights, typo vocabulary); ranking is then
 * a lookup of the candidate entries sharing a word with the question, and a score for each.
 *
 * @example createMatcher(kb).rank("c koi un dev back end ?")[0].entry.id // "back-end-definition"
 */
export function createMatcher(kb: KnowledgeBase, overrides: Partial<MatchingOptions> = {}): Matcher {
  const options: MatchingOptions = { ...DEFAULT_MATCHING_OPTIONS, ...overrides };
  const analyzer = new TextAnalyzer(kb.synonyms);
  const index: KnowledgeIndex = buildKnowledgeIndex(kb, analyzer);
  const correct = createTypoCorrector(index.vocabulary, options.typo);

  function analyzeQuery(question: string): ScoringQuery {
    let terms = analyzer.terms(question, { correct });
    let functionWordsOnly = false;
    if (!terms.some((t) => !t.discourse)) {
      // Nothing but framing words ("tu es qui ?"): compare them as they are.
      terms = analyzer.terms(question, { correct, keepStopWords: true });
      functionWordsOnly = true;
    }
    const topicWords = terms.filter((t) => !t.discourse && !t.functionWord).length;
    const byStem = new Map<string, WeightedTerm>();
    for (const term of terms) {
      const known = index.idf.get(term.stem);
      // An unknown noun is often the subject ("un plombier"); an unknown verb rarely is ("qui conçoit").
      let weight = known ?? index.maxIdf * options.unknownWordWeight * (term.nounLike ? 1 : options.unknownNonNounFactor);
      if (term.discourse && !functionWordsOnly) weight *= options.discourseWeight;
      const previous = byStem.get(term.stem);
      if (!previous || previous.weight < weight) byStem.set(term.stem, { stem: term.stem, weight, confidence: term.confidence, unknown: known === undefined });
    }
    // In a long message, words an entry does not cover are more likely context than the subject.
    const shortness = Math.min(1, options.longMessageWords / Math.max(1, topicWords));
    return {
      terms: [...byStem.values()],
      stems: new Set(byStem.keys()),
      uncoveredScale: Math.sqrt(shortness),
      unknownUncoveredScale: Math.pow(shortness, 1.5),
      functionWordsOnly,
    };
  }

  return {
    explain: (question) => analyzeQuery(question).terms.slice(),
    rank(question, rankOptions = {}) {
      const query = analyzeQuery(question);
      const candidates = new Set<number>();
      for (const term of query.terms) for (const i of index.postings.get(term.stem) ?? []) candidates.add(i);
      const scored: ScoredEntry[] = [];
      for (const i of candidates) {
        const indexed = index.entries[i];
        const profile = indexed.entry.profile;
        if (rankOptions.profile && profile && profile !== rankOptions.profile) continue;
        const score = scoreEntry(indexed, query, index.idf, options);
        if (score > 0) scored.push({ entry: indexed.entry, score });
      }
      scored.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
      return scored.slice(0, rankOptions.limit ?? 5);
    },
  };
}
