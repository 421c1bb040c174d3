import type { TypoOptions } from './typoCorrector';

/** Every tunable of matching, named, in one place. Scores are in [0, 1]. */
export interface MatchingOptions {
  typo: TypoOptions;
  /** Weight of a discourse word ("bonjour", "merci", "savoir") relative to a topic word. */
  discourseWeight: number;
  /** Credit for a query word found only in an entry's answer text (1 when found in its questions). */
  answerTextCredit: number;
  /**
   * Weight of a word the base has never seen, in units of the rarest known word's weight.
   * High, because in a short question such a word is usually its subject ("infirmier").
   */
  unknownWordWeight: number;
  /** Beyond this many topic words, a message is "long": unknown words weigh less, as context. */
  longMessageWords: number;
  /** How hard uncovered query words pull the score down (exponent on coverage). */
  coverageExponent: number;
  /** Share of the score that does not depend on how fully the best question is echoed. */
  questionEchoFloor: number;
}

export const DEFAULT_MATCHING_OPTIONS: Readonly<MatchingOptions> = Object.freeze({
  typo: Object.freeze({ minWordLength: 4, maxScore: 0.34, maxLengthDelta: 1 }),
  discourseWeight: 0.15,
  answerTextCredit: 0.7,
  unknownWordWeight: 1,
  longMessageWords: 6,
  coverageExponent: 1.5,
  questionEchoFloor: 0.5,
});
