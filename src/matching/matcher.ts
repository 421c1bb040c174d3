import type { ScoredEntry } from '../answering/types';
import type { KnowledgeBase } from '../knowledge/types';
import { TextAnalyzer } from './analyzer';
import { buildKnowledgeIndex, type KnowledgeIndex } from './knowledgeIndex';
import { DEFAULT_MATCHING_OPTIONS, type MatchingOptions } from './matchingOptions';
import { scoreEntry, type WeightedTerm } from './scoreEntry';
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

  function weightedTerms(question: string): WeightedTerm[] {
    const terms = analyzer.terms(question, correct);
    const topicWords = terms.filter((t) => !t.discourse).length;
    // In a long message, words foreign to the base are more likely context than the subject.
    const unknownScale = Math.min(1, options.longMessageWords / Math.max(1, topicWords));
    const byStem = new Map<string, WeightedTerm>();
    for (const term of terms) {
      const known = index.idf.get(term.stem);
      let weight = known ?? index.maxIdf * options.unknownWordWeight * unknownScale;
      if (term.discourse) weight *= options.discourseWeight;
      const previous = byStem.get(term.stem);
      if (!previous || previous.weight < weight) byStem.set(term.stem, { stem: term.stem, weight, confidence: term.confidence });
    }
    return [...byStem.values()];
  }

  return {
    explain: weightedTerms,
    rank(question, rankOptions = {}) {
      const terms = weightedTerms(question);
      const candidates = new Set<number>();
      for (const term of terms) for (const i of index.postings.get(term.stem) ?? []) candidates.add(i);
      const scored: ScoredEntry[] = [];
      for (const i of candidates) {
        const indexed = index.entries[i];
        const profile = indexed.entry.profile;
        if (rankOptions.profile && profile && profile !== rankOptions.profile) continue;
        const score = scoreEntry(indexed, terms, index.idf, options);
        if (score > 0) scored.push({ entry: indexed.entry, score });
      }
      scored.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
      return scored.slice(0, rankOptions.limit ?? 5);
    },
  };
}
