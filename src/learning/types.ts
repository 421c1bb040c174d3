/**
 * The learning loop's records: what people asked and could not get, which "did you mean" they chose,
 * and how they voted. Records carry no user identifier: `conversation` is an HMAC of the channel's id.
 */

/** The bot's side: what it reports (raw conversation ids; the recorder hashes them). */
export interface LearningRecorder {
  unanswered(e: {
    question: string;
    conversationId: string;
    decision: 'fallback' | 'suggest' | 'not-available';
    candidates: { id: string; score: number }[];
  }): Promise<void>;
  suggestionPicked(e: { typed: string; pickedId: string; conversationId: string }): Promise<void>;
  feedback(e: { entryId: string; vote: 'up' | 'down'; question?: string; conversationId: string }): Promise<void>;
  /** Every typed question's outcome, without its text: what the staff page counts per day and channel. */
  asked(e: { conversationId: string; channel: string; decision: AskedDecision; entryId?: string }): Promise<void>;
}

/** What the bot did with a typed question (the answering decisions, and the "which job?" choice). */
export type AskedDecision = 'answer' | 'suggest' | 'not-available' | 'fallback' | 'choose-profile';

/** Fields of every record. */
interface LearningEventBase {
  /** When it happened, ISO 8601 (UTC). */
  at: string;
  /** HMAC-SHA256 of the conversation id (hex): groups records of one conversation, names nobody. */
  conversation: string;
}

/** A question the bot could not answer (fallback, "did you mean", or an honest "not in my sources"). */
export interface UnansweredEvent extends LearningEventBase {
  type: 'unanswered';
  question: string;
  decision: 'fallback' | 'suggest' | 'not-available';
  /** The closest entries with their scores, best first. */
  candidates: { id: string; score: number }[];
}

/** A "did you mean" choice: what was typed, and the entry picked. */
export interface SuggestionPickedEvent extends LearningEventBase {
  type: 'suggestion-picked';
  typed: string;
  pickedId: string;
}

/** A 👍 or 👎 on an answer. */
export interface FeedbackEvent extends LearningEventBase {
  type: 'feedback';
  entryId: string;
  vote: 'up' | 'down';
  /** The question the answer was given to, when known. */
  question?: string;
}

/**
 * A typed question and what the bot did with it: no text, only the channel (`webchat`, `msteams`,
 * `emulator`…), the decision and the entry answered. The staff page counts questions with these.
 */
export interface AskedEvent extends LearningEventBase {
  type: 'asked';
  channel: string;
  decision: AskedDecision;
  /** The entry given as the answer (decision `answer`, or the notice of `not-available`). */
  entryId?: string;
}

export type LearningEvent = UnansweredEvent | SuggestionPickedEvent | FeedbackEvent | AskedEvent;

/** Where records are kept (memory, files, Azure Blob). */
export interface LearningStore {
  append(event: LearningEvent): Promise<void>;
  /**
   * Several records, in order, in as few writes as the store can. On failure, the error's `written` (a
   * number, 0 when absent) says how many of the first records are stored.
   */
  appendMany?(events: readonly LearningEvent[]): Promise<void>;
  /** Records at or after `since`, oldest first. */
  list(since: Date): Promise<LearningEvent[]>;
  /** Deletes the records of every UTC day before `before`'s day; returns how many days were deleted. */
  purge(before: Date): Promise<number>;
  /** Deletes every record of one conversation (its hashed id, as in `conversation`); returns how many. */
  erase(conversation: string): Promise<number>;
}
