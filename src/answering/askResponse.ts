import { roundScore } from '../matching/roundScore';
import type { Decision, ScoredEntry } from './types';

/** One entry as the query API and the CLI show it. */
export interface AskResponseItem {
  id: string;
  answer: string;
  score: number;
  questions: string[];
  source: { title: string; updated?: string; url?: string } | null;
  /** The job profile the entry belongs to; null for shared entries (portage salarial, small talk). */
  profile: string | null;
}

/** The JSON shape of `POST /api/ask` (and `npm run ask -- --json`). */
export interface AskResponse {
  /** Best first; only what clears the answer threshold. Empty means "no answer". */
  answers: AskResponseItem[];
  /** "Did you mean" candidates, when there is no confident answer. */
  suggestions: AskResponseItem[];
  /** An honest "this is not in my sources" entry, when the question is about such a topic. */
  notice?: AskResponseItem;
  /** The entry of the other question, when the message asked two things. */
  alsoAsked?: AskResponseItem;
  /**
   * The job profile the response comes from, when one applied: the one asked for (or named in the
   * question), else that of the entry given as the answer (or notice). Absent for shared entries.
   */
  profile?: string;
}

export function toAskResponseItem({ entry, score }: ScoredEntry): AskResponseItem {
  return {
    id: entry.id,
    answer: entry.answer,
    score: roundScore(score),
    questions: [...entry.questions],
    source: entry.source ? { ...entry.source } : null,
    profile: entry.profile ?? null,
  };
}

export function toAskResponse(decision: Decision): AskResponse {
  const response: AskResponse = {
    answers: decision.answers.map(toAskResponseItem),
    suggestions: decision.suggestions.map(toAskResponseItem),
  };
  if (decision.notice) response.notice = toAskResponseItem(decision.notice);
  if (decision.alsoAsked) response.alsoAsked = toAskResponseItem(decision.alsoAsked);
  const given = decision.kind === 'answer' ? decision.answers[0] : decision.notice;
  const profile = decision.profile ?? given?.entry.profile;
  if (profile) response.profile = profile;
  return response;
}
