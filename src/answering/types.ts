import type { ScoredEntry } from '../matching/scoredEntry';

// Defined by matching (which ranks entries); re-exported for the answering API's users.
export type { ScoredEntry };

/**
 * What to do with a question:
 * - `answer`: `answers[0]` is confident enough to be given;
 * - `suggest`: no confident answer, but `suggestions` are worth a "did you mean";
 * - `not-available`: the question is about something the sources do not cover, and an entry
 *   of kind `not-available` says so honestly (`notice`); `suggestions` holds real answers close to
 *   the question, offered as buttons after the notice;
 * - `choose-profile`: the question fits several job profiles and names none: `suggestions` holds
 *   the best entry of each profile, to offer "which job?";
 * - `fallback`: nothing relevant: say what the bot can answer.
 */
export interface Decision {
  kind: 'answer' | 'suggest' | 'not-available' | 'choose-profile' | 'fallback';
  question: string;
  answers: ScoredEntry[];
  suggestions: ScoredEntry[];
  notice?: ScoredEntry;
  /** The job profile the answers were restricted to (asked for, or named in the question). */
  profile?: string;
  /**
   * With `answer`, when the message asks two things ("De quoi est-il chargé ? Et il fait la
   * maintenance ?") and the other one leads elsewhere: that entry, to offer as a button.
   */
  alsoAsked?: ScoredEntry;
  /**
   * With `suggest`: the question asks for a comparison or a ranking the sources never make ("Django ou Laravel,
   * lequel est le meilleur ?"): the suggestions are what they say on its subject, not a guess at what was meant.
   */
  judgement?: true;
}
