import type { TypoOptions } from './typoCorrector';

/** Every tunable of matching, named, in one place. Scores are in [0, 1]. */
export interface MatchingOptions {
  typo: TypoOptions;
  /** Match entries still marked `draft: true` (to preview an import); off in production. */
  includeDrafts: boolean;
  /** Weight of a discourse word ("bonjour", "merci", "savoir") relative to a topic word. */
  discourseWeight: number;
  /** Credit for a query word found only in an entry's answer text (1 when found in its questions). */
  answerTextCredit: number;
  /**
   * Weight of a word the base has never seen, in units of the rarest known word's weight.
   * Fairly high, because in a short question such a word is often its subject ("infirmier").
   */
  unknownWordWeight: number;
  /** Factor on an unknown word's weight when it does not follow an article or preposition (likely a verb). */
  unknownNonNounFactor: number;
  /** ...applied only from this many topic words on: in "comment rompre mon contrat", the verb is the point. */
  verbDiscountFromWords: number;
  /** Beyond this many topic words, a message is "long": words an entry does not cover weigh less. */
  longMessageWords: number;
  /** In a long message, uncovered known words count (longMessageWords / words) ^ this. */
  longKnownExponent: number;
  /** ...and uncovered unknown words (longMessageWords / words) ^ this. */
  longUnknownExponent: number;
  /** Factor on the score of one sentence of a long message, scored alone. */
  sentenceFactor: number;
  /** How hard uncovered query words pull the score down (exponent on coverage). */
  coverageExponent: number;
  /** Share of the score that does not depend on how fully the best question is echoed. */
  questionEchoFloor: number;
  /** Least weight of a question's word when measuring the echo (so "developpeur" is not free to omit). */
  echoMinWeight: number;
}

export const DEFAULT_MATCHING_OPTIONS: Readonly<MatchingOptions> = Object.freeze({
  includeDrafts: false,
  typo: Object.freeze({ minWordLength: 5, twoEditsFromLength: 8, maxFuseScore: 0.5, candidates: 5 }),
  discourseWeight: 0.15,
  answerTextCredit: 0.85,
  unknownWordWeight: 0.6,
  unknownNonNounFactor: 0.4,
  verbDiscountFromWords: 4,
  longMessageWords: 5,
  sentenceFactor: 0.9,
  longKnownExponent: 1.5,
  longUnknownExponent: 2,
  coverageExponent: 2,
  questionEchoFloor: 0.5,
  echoMinWeight: 1.2,
});
