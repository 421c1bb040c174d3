import type { IndexedEntry } from './knowledgeIndex';
import type { MatchingOptions } from './matchingOptions';

/** A query word ready for scoring: its stem and how much it counts. */
export interface WeightedTerm {
  stem: string;
  weight: number;
  confidence: number;
}

/**
 * Score in [0, 1] of one entry for a query, from two views:
 * - coverage: the weighted share of the query's words the entry accounts for. A query word the
 *   entry does not cover ("salaire" in "le salaire d'un lead développeur") pulls the score down
 *   hard (exponent), because answering it with that entry would be wrong;
 * - echo: how fully the query carries the entry's closest question, which separates entries
 *   that share words.
 */
export function scoreEntry(indexed: IndexedEntry, terms: readonly WeightedTerm[], idf: ReadonlyMap<string, number>, options: MatchingOptions): number {
  let total = 0;
  let covered = 0;
  for (const term of terms) {
    total += term.weight;
    if (indexed.questionStems.has(term.stem)) covered += term.weight * term.confidence;
    else if (indexed.answerStems.has(term.stem)) covered += term.weight * term.confidence * options.answerTextCredit;
  }
  if (total === 0 || covered === 0) return 0;
  const coverage = covered / total;

  const queryStems = new Set(terms.map((t) => t.stem));
  let echo = 0;
  for (const question of indexed.questions) {
    let present = 0;
    let all = 0;
    for (const s of question) {
      const w = idf.get(s) ?? 0;
      all += w;
      if (queryStems.has(s)) present += w;
    }
    if (all > 0) echo = Math.max(echo, present / all);
  }
  const floor = options.questionEchoFloor;
  return Math.pow(coverage, options.coverageExponent) * (floor + (1 - floor) * echo);
}
