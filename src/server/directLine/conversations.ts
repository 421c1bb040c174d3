import type { ActivitySet, ChannelActivity } from './types';

/** What the Direct Line needs to know of a conversation to check a token and address activities. */
export interface ConversationRef {
  readonly id: string;
  readonly userId: string;
  /** Set once the bot has been told that the visitor joined. */
  readonly started: boolean;
}

/** The Direct Line part of `GET /healthz`: where conversations are kept and whether that store answers. */
export interface DirectLineStoreHealth {
  kind: 'memory' | 'redis';
  /** `degraded` while Redis does not answer: Direct Line calls get 503 until it is back. */
  status: 'ok' | 'degraded';
  lastError?: string;
}

/**
 * Where the built-in Direct Line keeps its conversations, tokens and activities: this process's memory,
 * or Redis shared by every instance. Every operation names the conversation by id, so that any instance may
 * serve any call of a visitor.
 */
export interface DirectLineConversations {
  /** A new conversation and its first token, or `undefined` when the store is full (count or bytes). */
  create(): Promise<{ conversation: ConversationRef; token: string } | undefined>;
  /** The live conversation this token opens, if any. */
  byToken(token: string): Promise<ConversationRef | undefined>;
  /** A new token for the conversation; the previous one keeps working until the next refresh. */
  issueToken(conversationId: string): Promise<string | undefined>;
  /** Marks the conversation started; true only for the call that did it (the bot greets a visitor once). */
  markStarted(conversationId: string): Promise<boolean>;
  /**
   * Adds activities with the next watermarks, in order, in one step (one round trip to Redis); their Direct
   * Line ids, or `undefined` when the conversation is gone. `visitorPosted`: the idle countdown starts again.
   */
  append(conversationId: string, activities: readonly ChannelActivity[], options?: { visitorPosted?: boolean }): Promise<string[] | undefined>;
  /** Activities after `watermark` (all of them for an empty or unreadable one) and the newest watermark. */
  since(conversationId: string, watermark: string | undefined): Promise<ActivitySet>;
  /** Runs the bot turns of one conversation one after the other (across instances with Redis), in arrival order. */
  inTurnOrder<T>(conversationId: string, turn: () => Promise<T>): Promise<T>;
  /** Seconds a token stays valid from now without activity (what `expires_in` reports). */
  readonly expiresInSeconds: number;
  health(): DirectLineStoreHealth;
  close(): Promise<void>;
}

/** A watermark as a number: 0 (everything) for an empty or unreadable one. */
export function watermarkNumber(watermark: string | undefined): number {
  return /^\d+$/.test(watermark ?? '') ? Number(watermark) : 0;
}
