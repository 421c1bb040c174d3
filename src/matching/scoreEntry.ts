import type { IndexedEntry, IndexedQuestion } from './knowledgeIndex';
import type { MatchingOptions } from './matchingOptions';

/** A query word ready for scoring: its stem and how much it counts. */
export interface WeightedTerm {
  stem: string;
  weight: number;
  confidence: number;
  /** The base has never seen this word. */
  unknown: boolean;
  discourse: boolean;
}

/** The query as scoring sees it. */
export interface ScoringQuery {
  terms: readonly WeightedTerm[];
  stems: ReadonlySet<string>;
  /** How much an uncovered known word counts, in [0, 1]: less in long messages, where most words are context. */
  uncoveredScale: number;
  /** The same for words the base has never seen, which in a long message are even more likely context. */
  unknownUncoveredScale: number;
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
export function scoreEntry(indexed: IndexedEntry, query: ScoringQuery, idf: ReadonlyMap<string, number>, options: MatchingOptions): number {
  let echo = 0;
  for (const question of indexed.questions) echo = Math.max(echo, questionEcho(question, query, idf, options));

  let total = 0;
  let covered = 0;
  let coveredByAnswerOnly = 0;
  let uncovered = 0;
  for (const term of query.terms) {
    total += term.weight;
    let credit = 0;
    if (indexed.questionStems.has(term.stem)) credit = term.confidence;
    else if (indexed.answerStems.has(term.stem)) {
      credit = term.confidence * options.answerTextCredit;
      coveredByAnswerOnly += term.weight * credit;
    }
    covered += term.weight * credit;
    const scale = term.unknown ? query.unknownUncoveredScale * (1 - options.unknownEchoDiscount * echo) : query.uncoveredScale;
    uncovered += term.weight * (1 - credit) * scale;
  }
  if (covered === 0) return 0;
  const coverage = covered / (covered + uncovered);
  // A question about a fact of the answer ("il faut connaître python ?") echoes the answer, not a question.
  const factEcho = coveredByAnswerOnly / total;
  const floor = options.questionEchoFloor;
  return Math.pow(coverage, options.coverageExponent) * (floor + (1 - floor) * Math.max(echo, factEcho));
}

/**
 * How well one question and the query match each other: the F-measure of the share of the
 * question found in the query (recall) and the share of the query found in the question (precision).
 * Both matter: "portage salarial ?" is all of a short question but a small part of a long query.
 */
function questionEcho(question: IndexedQuestion, query: ScoringQuery, idf: ReadonlyMap<string, number>, options: MatchingOptions): number {
  const stems = query.functionWordsOnly ? question.all : question.topic;
  let present = 0;
  let all = 0;
  const inQuestion = new Set<string>();
  for (const s of stems) {
    // Common words of the base (the job's name) still matter when missing from the query.
    const w = Math.max(idf.get(s) ?? 0, options.echoMinWeight);
    all += w;
    if (query.stems.has(s)) {
      present += w;
      inQuestion.add(s);
    }
  }
  if (present === 0) return 0;
  // The query's other words count as in coverage: less in a long message, where they are context.
  let queryFound = 0;
  let queryOther = 0;
  for (const term of query.terms) {
    if (term.discourse && !query.functionWordsOnly) continue;
    if (inQuestion.has(term.stem)) queryFound += term.weight;
    else queryOther += term.weight * (term.unknown ? query.unknownUncoveredScale : query.uncoveredScale);
  }
  const recall = present / all;
  const precision = queryFound / (queryFound + queryOther);
  return (2 * recall * precision) / (recall + precision);
}
