import type { Activity } from 'botbuilder';
import type { Decision } from '../answering/types';
import type { KnowledgeBase } from '../knowledge/types';

/** An activity the bot sends; the adapter fills in ids, conversation and addresses. */
export type Reply = Partial<Activity>;

/**
 * Turns what the bot decided into activities. The bot class only decides *what* to say;
 * a renderer decides *how* (plain Markdown and suggested actions today, Adaptive Cards later).
 */
export interface ReplyRenderer {
  /** Greeting for people who join the conversation. */
  welcome(kb: KnowledgeBase): Reply[];
  /** The reply to a question, from the answerer's decision. */
  decision(decision: Decision, kb: KnowledgeBase): Reply[];
  /** The reply to a message without text (a sticker, a file...). */
  emptyMessage(kb: KnowledgeBase): Reply[];
}
