import type { Decision, ScoredEntry } from '../answering/types';
import { roundScore } from '../matching/roundScore';

/** Name and value type of the trace activity the Emulator shows for every question. */
export const decisionTraceName = 'FaqDecision';
export const decisionTraceValueType = 'https://faq-bot.local/schemas/decision';

export interface TracedEntry {
  id: string;
  title: string;
  kind: string;
  score: number;
}

/** Why the bot replied as it did: the decision with entry ids and scores, small enough for a trace. */
export interface DecisionTrace {
  kind: Decision['kind'];
  question: string;
  answers: TracedEntry[];
  suggestions: TracedEntry[];
  notice?: TracedEntry;
  /** The entry of the other question, when the message asked two things. */
  alsoAsked?: TracedEntry;
  /** How the entry was reached: typed text, text read in the conversation's context, or a button (by id). */
  via?: 'text' | 'context' | 'button';
  /** The topic words added when the context was used. */
  context?: string;
}

export function toDecisionTrace(decision: Decision, how: Pick<DecisionTrace, 'via' | 'context'> = {}): DecisionTrace {
  const trace: DecisionTrace = {
    kind: decision.kind,
    question: decision.question,
    answers: decision.answers.map(traced),
    suggestions: decision.suggestions.map(traced),
  };
  if (decision.notice) trace.notice = traced(decision.notice);
  if (decision.alsoAsked) trace.alsoAsked = traced(decision.alsoAsked);
  if (how.via) trace.via = how.via;
  if (how.context) trace.context = how.context;
  return trace;
}

function traced({ entry, score }: ScoredEntry): TracedEntry {
  return { id: entry.id, title: entry.title, kind: entry.kind, score: roundScore(score) };
}
