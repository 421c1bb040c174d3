/**
 * Shapes shared by the evaluation and the benchmark. Pure data: no I/O.
 */

/** How a question is written; one bucket of the per-kind accuracy table. */
export const ITEM_KINDS = [
  'paraphrase',
  'typo',
  'no-accent',
  'sms',
  'short',
  'long',
  'english',
  'smalltalk',
  'unanswerable',
  'near-out-of-scope',
  'far-out-of-scope',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** One labelled question. `expect: null` (written `none` in YAML) means "must not answer". */
export interface EvalItem {
  q: string;
  expect: string | null;
  kind: ItemKind;
  /** Who wrote the question (evaluation corpus), for the protocol in docs/matching.md. */
  by?: string;
  /** 1-based line in the set file, for error messages. */
  line?: number;
}

export interface EvalSet {
  /** Path the set was read from (or a label for sets built in memory). */
  source: string;
  items: EvalItem[];
  /**
   * Items left out because their expected entry is not in the base they were loaded against
   * (see labelCoverage.ts): reported, never scored. Absent when loaded without a base.
   */
  stale?: StaleLabel[];
}

/** An item whose expected entry id is not in the base (removed or renamed since the set was written). */
export interface StaleLabel {
  /** The set file the item is in. */
  file: string;
  line?: number;
  q: string;
  expect: string;
  /** The id of the base closest to it, when it looks like a rename or a typo. */
  closest?: string;
}

/** What a system under test says about one question. */
export interface Prediction {
  /** The entry given as the answer, or null when the system does not answer. */
  answerId: string | null;
  /** Entries offered as "did you mean" when not answering (best first). */
  suggestionIds: string[];
  /** Best candidate the system considered, answered or not (for error listings). */
  bestId?: string | null;
  /** Score of `bestId`, in the system's own scale. */
  score?: number;
}

/** Anything that turns a question into a prediction: our answerer, a baseline... */
export interface SystemUnderTest {
  name: string;
  predict(question: string): Prediction;
}

/** One item once run through a system. */
export interface ItemResult {
  item: EvalItem;
  prediction: Prediction;
  /** Wall time of `predict`, in milliseconds. */
  ms: number;
}

export type Outcome = 'correct' | 'wrong' | 'unanswered' | 'rejected' | 'false-answer';
