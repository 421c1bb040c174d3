import { foldForEcho } from '../text/fold';
import { memoizeText } from './memo';
import type { ButtonAction, Vote } from './buttonPayload';
import type { TranscriptLine } from './transcript';

/** A button sent as a suggested action (text channels, welcome): the text it sends leads to this entry. */
export interface OfferedButton {
  entryId: string;
  action: Exclude<ButtonAction, 'feedback'>;
}

/**
 * What the bot remembers of one conversation (kept by the host in the deployment's storage).
 * Everything is optional: a conversation whose state was lost is simply a new conversation.
 * Plain JSON, so that any store keeps it as it is.
 */
export interface ConversationState {
  /** Entry of the last answer: short follow-up questions ("et en portage ?") are read in its context. */
  topicEntryId?: string;
  /** The text behind the last "did you mean", kept until the user picks a candidate (learning loop). */
  pendingSuggestion?: { typed: string; entryIds: string[] };
  /** Suggested actions of the last reply, by the normalised text they send. */
  offered?: Record<string, OfferedButton>;
  /** The last questions answered (entry -> what was typed), to attach the question to a vote. */
  recentAnswers?: Array<{ entryId: string; question: string }>;
  /** Entries whose answer this conversation showed, newest last: only these may get a vote. */
  shownAnswers?: string[];
  /** Votes already recorded in this conversation, so that a double click counts once. */
  votes?: Record<string, Vote>;
  /** The last lines of the conversation, sent with a hand-off. */
  transcript?: TranscriptLine[];
}

/** How many answered questions are kept for votes. */
export const maxRecentAnswers = 5;

/** How many shown answers stay open to a vote: a visitor votes on what is still on screen, not on the whole history. */
export const maxShownAnswers = 20;

/** Remembers that the conversation showed this entry's answer (with its 👍/👎). */
export function noteShownAnswer(data: ConversationState, entryId: string): void {
  data.shownAnswers = [...(data.shownAnswers ?? []).filter((id) => id !== entryId), entryId].slice(-maxShownAnswers);
}

/** Whether a vote on this entry answers something the bot showed here (a forged or replayed vote does not). */
export function wasAnswerShown(data: ConversationState, entryId: string): boolean {
  return (data.shownAnswers ?? []).includes(entryId) || (data.recentAnswers ?? []).some((answer) => answer.entryId === entryId);
}

/**
 * A copy of the state that a turn may change: each field's array or record is copied, and what they hold (lines,
 * buttons, answers) is shared, because the conversation never changes those in place: it adds or replaces them.
 * The state as read stays as it was, for the host to tell whether anything changed. A JSON round trip did the
 * same for a few kilobytes of text per turn; this copies a few references.
 */
export function copyState(state: ConversationState): ConversationState {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    copy[key] = Array.isArray(value) ? [...(value as unknown[])] : value !== null && typeof value === 'object' ? { ...value } : value;
  }
  return copy as ConversationState;
}

/** Forgets everything (the "recommencer" command). */
export function clearConversation(data: ConversationState): void {
  for (const key of Object.keys(data) as Array<keyof ConversationState>) delete data[key];
}

/** The key under which a button's text is looked up: case, apostrophes, spacing and final punctuation do not matter. */
// Button texts come from the knowledge base: their keys are computed once.
export const offeredKey = memoizeText(foldForEcho);
