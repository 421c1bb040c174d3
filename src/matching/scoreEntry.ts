import type { IndexedEntry, WeightedStems } from './knowledgeIndex';
import type { MatchingOptions } from './matchingOptions';

/** A query word ready for scoring: its stem and how much it counts. */
export interface WeightedTerm {
  stem: string;
  weight: number;
  confidence: number;
  /** The base has never seen this word. */
  unknown: boolean;
  /** ...and it is not an everyday French word either. */
  rare: boolean;
  discourse: boolean;
  /** From a sentence that asks (or from a message read as a whole), not from its context. */
  focused: boolean;
  /** How much this word counts when an entry does not cover it, in [0, 1] (less in long messages). */
  uncoveredScale: number;
}

/** The query as scoring sees it. */
export interface ScoringQuery {
  terms: readonly WeightedTerm[];
  totalWeight: number;
  /** The terms compared with questions' words (discourse words left out, unless nothing else). */
  echoTerms: ReadonlyMap<string, WeightedTerm>;
  /** Sum of weight x uncoveredScale over echoTerms. */
  echoScaledTotal: number;
  /** Compare with the questions' function words too (the query has no topic word). */
  functionWordsOnly: boolean;
  /** Number of topic words (neither grammatical nor discourse) of the sentences that ask. */
  topicWordCount: number;
  /** Some sentences of the message are context around its question (they weigh less). */
  hasContext: boolean;
}

/** The cheap half of a score, from the entry's coverage of the query (computed by the matcher). */
export interface Coverage {
  /** The best score this entry could reach: coverage ^ coverageExponent (a perfect echo). */
  bound: number;
  /** Share of the query's weight found only in the answer text. */
  factEcho: number;
}

/**
 * Score in [0, 1] of one entry for a query, from two views:
 * - coverage (summed by the matcher over its postings, given here as `bound`): the weighted share
 *   of the query's words the entry accounts for. A known word the entry does not cover ("salaire"
 *   in "le salaire d'un lead développeur") pulls the score down hard, because answering with that
 *   entry would be wrong; in a long message, uncovered words weigh less, as context;
 * - echo: how fully the query carries one of the entry's questions, which separates entries that
 *   share words; a question about a fact of the answer ("il faut connaître python ?") echoes the
 *   answer instead.
 */
export function finishScore(indexed: IndexedEntry, query: ScoringQuery, partial: Coverage, options: MatchingOptions): number {
  let echo = partial.factEcho;
  for (const question of indexed.questions) {
    if (echo >= 1) break;
    echo = Math.max(echo, questionEcho(query.functionWordsOnly ? question.all : question.topic, query));
  }
  const floor = options.questionEchoFloor;
  // A query that says one of the entry's questions nearly word for word is that question,
  // whatever credit its everyday words get in coverage ("Where does your information come from?").
  return Math.max(partial.bound * (floor + (1 - floor) * echo), Math.pow(echo, options.echoAloneExponent));
}

/**
 * How well one question and the query match each other: the F-measure of the share of the
 * question found in the query (recall) and the share of the query found in the question (precision).
 * Both matter: "portage salarial ?" is all of a short question but a small part of a long query.
 * The query's other words count as in coverage: less in a long message, where they are context.
 */
function questionEcho(question: WeightedStems, query: ScoringQuery): number {
  if (question.total === 0) return 0;
  let present = 0;
  let found = 0;
  let foundScaled = 0;
  for (let i = 0; i < question.stems.length; i++) {
    const term = query.echoTerms.get(question.stems[i]);
    if (!term) continue;
    present += question.weights[i];
    found += term.weight;
    foundScaled += term.weight * term.uncoveredScale;
  }
  if (present === 0) return 0;
  const recall = present / question.total;
  const precision = found / (found + query.echoScaledTotal - foundScaled);
  return (2 * recall * precision) / (recall + precision);
}
