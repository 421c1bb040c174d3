import type { IndexedEntry, IndexedQuestion } from './knowledgeIndex';
import { IntList } from './intList';
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
  /** Named as what the question is not about ("à part *le salaire*"). */
  excluded?: boolean;
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
  if (echo < 1 && indexed.questions.length > 0) echo = Math.max(echo, bestQuestionEcho(indexed.questions, query));
  const floor = options.questionEchoFloor;
  // A query that says one of the entry's questions nearly word for word is that question,
  // whatever credit its everyday words get in coverage ("Where does your information come from?").
  return Math.max(partial.bound * (floor + (1 - floor) * echo), Math.pow(echo, options.echoAloneExponent));
}

/**
 * Integer ids of the stems of entries' questions, shared by every entry's echo postings: a query's words are looked
 * up once per query, and each entry scored finds them by integer probes (a string-keyed map lookup per word and
 * entry scored was most of the echo's time). Only entries' stems get ids, so it grows with the bases loaded, not with
 * what users type; past `MAX_ECHO_STEMS` (bases reloaded many times) it starts anew, and postings are rebuilt.
 */
let stemIds = new Map<string, number>();
let stemIdsGeneration = 0;
const MAX_ECHO_STEMS = 200_000;

/**
 * One entry's questions inverted: for each stem, the questions holding it and its weight in each, as
 * the range `offsets[slot]`..`offsets[slot + 1]` of two flat arrays (a few bytes a posting, kept for
 * every entry scored). A stem's slot is found from its id in a small open-addressing table (`ids`, `slots`).
 */
interface EchoPostings {
  ids: Int32Array;
  slots: Int32Array;
  /** 32 minus the table's size in bits: a multiplicative hash's top bits pick the first probe. */
  shift: number;
  offsets: Int32Array;
  questions: Int32Array;
  weights: Float64Array;
  totals: Float64Array;
}

interface EchoIndex {
  generation: number;
  topic: EchoPostings;
  all: EchoPostings;
}

/** Built on an entry's first scoring, kept as long as its index lives. */
const echoIndexes = new WeakMap<readonly IndexedQuestion[], EchoIndex>();

function invertQuestions(questions: readonly IndexedQuestion[], pick: (question: IndexedQuestion) => IndexedQuestion['topic']): EchoPostings {
  const slotOf = new Map<string, number>();
  const counts: number[] = [];
  for (const question of questions) {
    for (const stem of pick(question).stems) {
      const slot = slotOf.get(stem);
      if (slot === undefined) {
        slotOf.set(stem, counts.length);
        counts.push(1);
      } else counts[slot]++;
    }
  }
  const offsets = new Int32Array(counts.length + 1);
  for (let slot = 0; slot < counts.length; slot++) offsets[slot + 1] = offsets[slot] + counts[slot];
  const next = offsets.slice(0, counts.length);
  const postingQuestions = new Int32Array(offsets[counts.length]);
  const weights = new Float64Array(offsets[counts.length]);
  questions.forEach((question, q) => {
    const { stems, weights: stemWeights } = pick(question);
    for (let i = 0; i < stems.length; i++) {
      const at = next[slotOf.get(stems[i])!]++;
      postingQuestions[at] = q;
      weights[at] = stemWeights[i];
    }
  });
  // At most half full, so that a probe ends after a slot or two.
  let bits = 1;
  while (1 << bits < 2 * counts.length) bits++;
  const ids = new Int32Array(1 << bits).fill(-1);
  const slots = new Int32Array(1 << bits);
  const shift = 32 - bits;
  for (const [stem, slot] of slotOf) {
    let id = stemIds.get(stem);
    if (id === undefined) stemIds.set(stem, (id = stemIds.size));
    let at = firstProbe(id, shift);
    while (ids[at] !== -1) at = (at + 1) & (ids.length - 1);
    ids[at] = id;
    slots[at] = slot;
  }
  return { ids, slots, shift, offsets, questions: postingQuestions, weights, totals: Float64Array.from(questions, (question) => pick(question).total) };
}

const firstProbe = (id: number, shift: number): number => Math.imul(id, 0x9e3779b1) >>> shift;

/** The slot of a stem id in an entry's postings, or -1. */
function slotOfId(postings: EchoPostings, id: number): number {
  const { ids } = postings;
  let at = firstProbe(id, postings.shift);
  while (ids[at] !== -1) {
    if (ids[at] === id) return postings.slots[at];
    at = (at + 1) & (ids.length - 1);
  }
  return -1;
}

function echoIndexOf(questions: readonly IndexedQuestion[]): EchoIndex {
  let built = echoIndexes.get(questions);
  if (!built || built.generation !== stemIdsGeneration) {
    if (stemIds.size >= MAX_ECHO_STEMS) {
      stemIds = new Map();
      stemIdsGeneration++;
    }
    const known = stemIds.size;
    built = { generation: stemIdsGeneration, topic: invertQuestions(questions, (question) => question.topic), all: invertQuestions(questions, (question) => question.all) };
    echoIndexes.set(questions, built);
    // New ids (or all new): the query's words must be read again.
    if (stemIds.size !== known || known === 0) echoQuery = undefined;
  }
  return built;
}

/**
 * The echo terms of the query being scored, with their stems' ids (-1: no entry's question has it) and weights, read
 * once for all the entries it is scored against (they are scored one after the other).
 */
let echoQuery: ScoringQuery | undefined;
const echoIds = new IntList();
let echoWeights = new Float64Array(16);
let echoScaled = new Float64Array(16);

function readEchoTerms(query: ScoringQuery): void {
  echoIds.clear();
  if (echoWeights.length < query.echoTerms.size) {
    echoWeights = new Float64Array(query.echoTerms.size * 2);
    echoScaled = new Float64Array(query.echoTerms.size * 2);
  }
  for (const term of query.echoTerms.values()) {
    echoWeights[echoIds.length] = term.weight;
    echoScaled[echoIds.length] = term.weight * term.uncoveredScale;
    echoIds.push(stemIds.get(term.stem) ?? -1);
  }
  echoQuery = query;
}

// Per-question sums for the entry being scored, reused by every call (JavaScript scores one entry at a time).
let present = new Float64Array(64);
let found = new Float64Array(64);
let foundScaled = new Float64Array(64);
const touched = new IntList();

/**
 * The best echo among an entry's questions: how well one question and the query match each other, as the
 * F-measure of the share of the question found in the query (recall) and the share of the query found in the
 * question (precision). Both matter: "portage salarial ?" is all of a short question but a small part of a long
 * query. The query's other words count as in coverage: less in a long message, where they are context.
 * Summed over the query's words and the questions holding each (a few lookups), not over every question's words.
 */
export function bestQuestionEcho(questions: readonly IndexedQuestion[], query: ScoringQuery): number {
  const index = echoIndexOf(questions);
  const postings = query.functionWordsOnly ? index.all : index.topic;
  if (query !== echoQuery) readEchoTerms(query);
  if (present.length < questions.length) {
    present = new Float64Array(questions.length * 2);
    found = new Float64Array(questions.length * 2);
    foundScaled = new Float64Array(questions.length * 2);
  }
  touched.clear();
  for (let t = 0; t < echoIds.length; t++) {
    const id = echoIds.items[t];
    const slot = id < 0 ? -1 : slotOfId(postings, id);
    if (slot < 0) continue;
    const weight = echoWeights[t];
    const scaled = echoScaled[t];
    for (let k = postings.offsets[slot]; k < postings.offsets[slot + 1]; k++) {
      const q = postings.questions[k];
      if (found[q] === 0) touched.push(q);
      present[q] += postings.weights[k];
      found[q] += weight;
      foundScaled[q] += scaled;
    }
  }
  let best = 0;
  for (let t = 0; t < touched.length; t++) {
    const q = touched.items[t];
    if (postings.totals[q] > 0 && present[q] > 0) {
      const recall = present[q] / postings.totals[q];
      const precision = found[q] / (found[q] + query.echoScaledTotal - foundScaled[q]);
      best = Math.max(best, (2 * recall * precision) / (recall + precision));
    }
    present[q] = found[q] = foundScaled[q] = 0;
  }
  return best;
}
