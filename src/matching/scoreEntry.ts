import type { IndexedEntry, WeightedStems } from './knowledgeIndex';
import type { MatchingOptions } from './matchingOptions';

/** A query word ready for scoring: its stem and how much it counts. */
export interface WeightedTerm {
  stem: string;
  weight: number;
  confidence: number;
  /** The base has never seen this word. */
  unknown: boolean;
  discourse: boolean;
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
  /** Number of topic words (neither grammatical nor discourse). */
  topicWordCount: number;
}

/**
 * Score in [0, 1] of one entry for a query, from two views:
 * - echo: how fully the query carries one of the entry's questions (or, for facts, its answer);
 * - coverage: the weighted share of the query's words the entry accounts for. A known word the
 *   entry does not cover ("salaire" in "le salaire d'un lead développeur") pulls the score down
 *   hard, because answering with that entry would be wrong. A word the base has never seen
 *   counts less when the query echoes a question well ("quels langages *utilise* un dev back end"),
 *   and fully when it does not ("comment devenir *infirmier*": the unknown word is the subject).
 */
export function scoreEntry(indexed: IndexedEntry, query: ScoringQuery, options: MatchingOptions): number {
  const partial = coverageOf(indexed, query, options);
  return partial ? finishScore(indexed, query, partial, options) : 0;
}

/** The cheap half of a score: how much of the query the entry covers. */
export interface Coverage {
  /** Share of the query's weight the entry accounts for, in [0, 1]. */
  coverage: number;
  /** Share of the query found only in the answer text. */
  factEcho: number;
  /** The best score this entry could reach (its echo being perfect). */
  bound: number;
}

export function coverageOf(indexed: IndexedEntry, query: ScoringQuery, options: MatchingOptions): Coverage | undefined {
  let covered = 0;
  let coveredByAnswerOnly = 0;
  let uncovered = 0;
  for (const term of query.terms) {
    let credit = 0;
    if (indexed.questionStems.has(term.stem)) credit = term.confidence;
    else if (indexed.answerStems.has(term.stem)) {
      credit = term.confidence * options.answerTextCredit;
      coveredByAnswerOnly += term.weight * credit;
    }
    covered += term.weight * credit;
    uncovered += term.weight * (1 - credit) * term.uncoveredScale;
  }
  if (covered === 0) return undefined;
  const coverage = covered / (covered + uncovered);
  // A question about a fact of the answer ("il faut connaître python ?") echoes the answer, not a question.
  return { coverage, factEcho: coveredByAnswerOnly / query.totalWeight, bound: Math.pow(coverage, options.coverageExponent) };
}

/** The costly half: the echo of the entry's closest question, combined with the coverage. */
export function finishScore(indexed: IndexedEntry, query: ScoringQuery, partial: Coverage, options: MatchingOptions): number {
  let echo = partial.factEcho;
  for (const question of indexed.questions) {
    if (echo >= 1) break;
    echo = Math.max(echo, questionEcho(query.functionWordsOnly ? question.all : question.topic, query));
  }
  const floor = options.questionEchoFloor;
  return partial.bound * (floor + (1 - floor) * echo);
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
