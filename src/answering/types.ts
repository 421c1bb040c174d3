import type { KnowledgeEntry } from '../knowledge/types';

/** An entry with its score in [0, 1] for a given question (1 = certain). */
export interface ScoredEntry {
  entry: KnowledgeEntry;
  score: number;
}

/**
 * What to do with a question:
 * - `answer`: `answers[0]` is confident enough to be given;
 * - `suggest`: no confident answer, but `suggestions` are worth a "did you mean";
 * - `not-available`: the question is about something the sources do not cover, and an entry
 *   of kind `not-available` says so honestly (`notice`);
 * - `fallback`: nothing relevant: say what the bot can answer.
 */
export interface Decision {
  kind: 'answer' | 'suggest' | 'not-available' | 'fallback';
  question: string;
  answers: ScoredEntry[];
  suggestions: ScoredEntry[];
  notice?: ScoredEntry;
}
