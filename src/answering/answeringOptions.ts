import { DEFAULT_MATCHING_OPTIONS, type MatchingOptions } from '../matching/matchingOptions';

/** Decision thresholds on the matcher's score in [0, 1], and the matching tunables. */
export interface AnsweringOptions {
  /** At or above: the entry is given as the answer. */
  answerThreshold: number;
  /** At or above (and below answerThreshold): the entry is offered as a "did you mean". */
  suggestThreshold: number;
  /** At or above answerThreshold, an entry the BM25 ranker does not put first is answered only from this score. */
  answerAloneThreshold: number;
  /**
   * Below answerAloneThreshold, an entry leading the next by less than this is a close call between
   * two entries: both are offered ("Vouliez-vous dire…") rather than one answered.
   */
  closeCallMargin: number;
  /**
   * In a message with context, how far behind the first entry the runner-up may be and still be answered when the
   * asking sentences read alone (both rankers) and BM25 on the whole message put it first.
   */
  contextTipMargin: number;
  /** Below answerThreshold, an entry both rankers put first is answered from this score... */
  agreedAnswerThreshold: number;
  /** ...when it leads the next entry by at least this much. */
  agreedMargin: number;
  /** Least score of an entry offered as "did you mean" when nothing is sure. */
  offerThreshold: number;
  /** How many of the BM25 ranker's first entries join the "did you mean" offers. */
  secondOpinionOffers: number;
  /** How many close answers an honest "not in my sources" offers as buttons. */
  noticeOffers: number;
  /** Least score of a not-available entry given as the notice when the question names its topic. */
  noticeThreshold: number;
  /** A notice whose topic is not named gives way to a real answer scoring at most this much lower. */
  notNamedNoticeMargin: number;
  /** In a long message, the notice entry must rank within this many entries to be given. */
  longMessageNoticeRank: number;
  /** A notice whose topic only the context names, ranking below the first entry, needs at least this share of its score. */
  contextNoticeShare: number;
  /**
   * Entries of different profiles this close to the best (and answerable on their own) are equally
   * good for a question that names no profile: ask "which job?".
   */
  profileTieMargin: number;
  /** Messages of at most this many words may be elliptical follow-ups ("et en portage ?"), read in the conversation's topic... */
  followUpMaxWords: number;
  /** ...unless they match alone at least this well (a clear question), and do not open with "et …". */
  followUpConfidentScore: number;
  matching: MatchingOptions;
}

export const DEFAULT_ANSWERING_OPTIONS: Readonly<AnsweringOptions> = Object.freeze({
  answerThreshold: 0.5,
  suggestThreshold: 0.25,
  answerAloneThreshold: 0.75,
  agreedAnswerThreshold: 0.35,
  closeCallMargin: 0.03,
  contextTipMargin: 0.05,
  agreedMargin: 0.15,
  offerThreshold: 0.1,
  secondOpinionOffers: 2,
  noticeOffers: 2,
  profileTieMargin: 0.25,
  noticeThreshold: 0.05,
  longMessageNoticeRank: 2,
  contextNoticeShare: 0.6,
  notNamedNoticeMargin: 0.1,
  followUpMaxWords: 4,
  followUpConfidentScore: 0.8,
  matching: DEFAULT_MATCHING_OPTIONS,
});
