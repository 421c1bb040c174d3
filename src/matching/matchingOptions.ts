import type { Bm25Options } from './bm25Ranker';
import type { EverydayWordOptions } from './everydayWords';
import type { IncidentalOptions } from './knowledgeIndex';
import type { FocusOptions } from './questionFocus';
import type { TypoOptions } from './typoCorrector';

/** Every tunable of matching, named, in one place. Scores are in [0, 1]. */
export interface MatchingOptions {
  typo: TypoOptions;
  /** How much the sentences around the question of a message count (see questionFocus). */
  focus: FocusOptions;
  /** How much less a word unknown to the base weighs when it is an everyday French or English word. */
  everydayWords: EverydayWordOptions;
  /** Credit of everyday words that only one phrasing of an entry uses (see knowledgeIndex). */
  incidental: IncidentalOptions;
  /** The independent BM25 ranker whose agreement makes a match sure. */
  bm25: Bm25Options;
  /** Match entries still marked `draft: true` (to preview an import); off in production. */
  includeDrafts: boolean;
  /** Weight of a discourse word ("bonjour", "merci", "savoir") relative to a topic word. */
  discourseWeight: number;
  /** Factor on the weight of the word a "quel(le)s… ?" / "which… ?" question asks for ("Quels *traits* de personnalité…"). */
  askedWordWeight: number;
  /** Factor on the weight of a word the question sets aside ("à part *la technique*"). */
  excludedWordWeight: number;
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
  /** Factor on an entry's score when the message is read as a whole rather than by its question. */
  wholeMessageFactor: number;
  /** ...only for the entries its question alone ranks within this many first. */
  wholeMessageCandidates: number;
  /** ...each scoring at least this share of the question's best entry. */
  wholeMessagePointedShare: number;
  /** Factor on the score of one sentence of a long message, scored alone. */
  sentenceFactor: number;
  /** How hard uncovered query words pull the score down (exponent on coverage). */
  coverageExponent: number;
  /** Share of the score that does not depend on how fully the best question is echoed. */
  questionEchoFloor: number;
  /** A query echoing one question scores at least echo ^ this, whatever its coverage. */
  echoAloneExponent: number;
  /** Least weight of a question's word when measuring the echo (so "developpeur" is not free to omit). */
  echoMinWeight: number;
}

export const DEFAULT_MATCHING_OPTIONS: Readonly<MatchingOptions> = Object.freeze({
  includeDrafts: false,
  typo: Object.freeze({ minWordLength: 5, twoEditsFromLength: 8 }),
  focus: Object.freeze({ contextFocus: 0.2 }),
  bm25: Object.freeze({ answerBoost: 0.5 }),
  incidental: Object.freeze({ everydayUpToRank: 3000, credit: 0.5, answerCredit: 0.85 }),
  everydayWords: Object.freeze({ commonUpToRank: 2000, rareFromRank: 20000, commonWordFactor: 0.3 }),
  discourseWeight: 0.15,
  excludedWordWeight: 0.2,
  askedWordWeight: 2,
  answerTextCredit: 0.85,
  unknownWordWeight: 0.6,
  unknownNonNounFactor: 0.4,
  verbDiscountFromWords: 4,
  longMessageWords: 5,
  sentenceFactor: 1,
  wholeMessageFactor: 1,
  wholeMessageCandidates: 3,
  wholeMessagePointedShare: 0.25,
  longKnownExponent: 1.5,
  longUnknownExponent: 2,
  coverageExponent: 2,
  questionEchoFloor: 0.5,
  echoMinWeight: 1.2,
  echoAloneExponent: 3,
});
