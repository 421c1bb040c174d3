import { createHash } from 'node:crypto';
import { redactPersonalData } from '../../learning/scrubText';
import type { StateStorage } from '../conversationStateStore';
import { baseConversationId } from './teamsActivity';

/** Which entry a message of the bot answered, and the question it answered (when typed). */
export interface AnsweredMessage {
  messageId: string;
  entryId: string;
  question?: string;
}

interface StoredAnswers {
  answers: AnsweredMessage[];
  eTag?: string;
}

/** How many recent answers of one conversation are kept: people vote on what they just read. */
export const maxAnsweredMessages = 20;

/**
 * Remembers which entry each answer message of the bot showed, so that Teams' own 👍/👎 (which names
 * only the message, by `replyToId`) can be recorded against the entry. Kept in the bot's `Storage`
 * (memory, files or Azure Blob), one item per conversation under a hashed key that any store accepts.
 */
export class AnsweredMessages {
  constructor(private readonly storage: StateStorage) {}

  async remember(conversationId: string, answer: AnsweredMessage): Promise<void> {
    const key = answeredMessagesKey(conversationId);
    const stored = ((await this.storage.read([key]))[key] as StoredAnswers | undefined)?.answers ?? [];
    const kept = answer.question === undefined ? answer : { ...answer, question: redactPersonalData(answer.question) };
    const answers = [...stored.filter((a) => a.messageId !== answer.messageId), kept].slice(-maxAnsweredMessages);
    // Last write wins: two answers sent at the very same moment in one conversation are rare, and losing
    // one mapping only loses that message's vote.
    await this.storage.write({ [key]: { answers, eTag: '*' } satisfies StoredAnswers });
  }

  /** The answer shown by that message; without a message id, the conversation's latest answer. */
  async find(conversationId: string, messageId: string | undefined): Promise<AnsweredMessage | undefined> {
    const key = answeredMessagesKey(conversationId);
    const answers = ((await this.storage.read([key]))[key] as StoredAnswers | undefined)?.answers ?? [];
    return messageId ? answers.find((answer) => answer.messageId === messageId) : answers.at(-1);
  }
}

/** The key of a conversation's answers (also what the erase tool looks for). */
export function answeredMessagesKey(conversationId: string): string {
  const hash = createHash('sha256').update(baseConversationId(conversationId)).digest('hex').slice(0, 40);
  return `teams-answers-${hash}`;
}
