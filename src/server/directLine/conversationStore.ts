import { jsonBytes } from '../activityBudget';
import { newConversationId, newToken, newUserId } from './randomIds';
import type { ActivitySet, ChannelActivity } from './types';

/** One built-in Direct Line conversation: its visitor, its tokens, its activities in order. */
export interface StoredConversation {
  readonly id: string;
  readonly userId: string;
  /** Valid tokens, newest last: a refresh issues a new one and keeps the previous one for the requests in flight. */
  tokens: string[];
  /** Set once the bot has been told that the visitor joined. */
  started: boolean;
  /** Last time the visitor posted (or the conversation was created), in ms: idle expiry counts from here. */
  lastPostAt: number;
  /** The last activities, oldest first; `watermark` of each is its position in the whole conversation, `bytes` its JSON size. */
  activities: Array<{ watermark: number; activity: ChannelActivity; bytes: number }>;
  /** Sum of the kept activities' `bytes`. */
  bytes: number;
  /** Watermark of the last activity (0 before any). */
  lastWatermark: number;
  /** Turns of this conversation run one after the other, so replies keep the order of the questions. */
  queue: Promise<void>;
}

export interface ConversationStoreOptions {
  idleMs: number;
  /** Memory bound: beyond this many live conversations, new ones are refused. */
  maxConversations: number;
  /** Memory bound: older activities are dropped from a conversation beyond this many. */
  maxActivities: number;
  /** Memory bound: older activities are dropped from a conversation beyond this many bytes (JSON, UTF-8). */
  maxConversationBytes: number;
  /**
   * Memory bound over all conversations: a new conversation opens only while a whole `maxConversationBytes`
   * still fits under it (after idle ones are swept), and a conversation that grows past it drops its own oldest
   * activities, never another visitor's.
   */
  maxTotalBytes: number;
  /** The clock (ms); replaceable in tests. */
  now?: () => number;
}

/** Tokens kept per conversation: the current one and the one it replaced. */
const tokensKept = 2;

/**
 * In-memory conversations of the built-in Direct Line. A token opens exactly one conversation;
 * a conversation idle for `idleMs` is deleted, and its tokens with it.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, StoredConversation>();
  private readonly byTokenMap = new Map<string, StoredConversation>();
  private readonly now: () => number;
  private storedBytes = 0;

  constructor(private readonly options: ConversationStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Bytes of all kept activities (JSON, UTF-8): what the byte budgets count. */
  get totalBytes(): number {
    return this.storedBytes;
  }

  /** A new conversation with a new visitor id and token, or `undefined` when the store is full (count or bytes). */
  create(): StoredConversation | undefined {
    this.sweep();
    if (this.conversations.size >= this.options.maxConversations) return undefined;
    // Opened only while a whole conversation's budget still fits: conversations already open keep working.
    if (this.storedBytes + this.options.maxConversationBytes > this.options.maxTotalBytes) return undefined;
    const conversation: StoredConversation = {
      id: newConversationId(),
      userId: newUserId('u_'),
      tokens: [],
      started: false,
      lastPostAt: this.now(),
      activities: [],
      bytes: 0,
      lastWatermark: 0,
      queue: Promise.resolve(),
    };
    this.conversations.set(conversation.id, conversation);
    this.issueToken(conversation);
    return conversation;
  }

  /** The live conversation this token opens, if any. */
  byToken(token: string): StoredConversation | undefined {
    const conversation = this.byTokenMap.get(token);
    if (conversation && this.isExpired(conversation)) {
      this.delete(conversation);
      return undefined;
    }
    return conversation;
  }

  /** The live conversation with this id (for the bot's replies), if any. */
  get(id: string): StoredConversation | undefined {
    const conversation = this.conversations.get(id);
    if (conversation && this.isExpired(conversation)) {
      this.delete(conversation);
      return undefined;
    }
    return conversation;
  }

  /** A new token for the conversation; the previous one keeps working until the next refresh. */
  issueToken(conversation: StoredConversation): string {
    const token = newToken();
    conversation.tokens.push(token);
    this.byTokenMap.set(token, conversation);
    for (const old of conversation.tokens.splice(0, Math.max(0, conversation.tokens.length - tokensKept))) {
      this.byTokenMap.delete(old);
    }
    return token;
  }

  /** The visitor posted: the idle countdown starts again. */
  touch(conversation: StoredConversation): void {
    conversation.lastPostAt = this.now();
  }

  /** Adds an activity with the next watermark and returns its Direct Line id (`conversationId|0000001`). */
  append(conversation: StoredConversation, activity: ChannelActivity): string {
    const watermark = ++conversation.lastWatermark;
    const id = activity.id ?? `${conversation.id}|${String(watermark).padStart(7, '0')}`;
    const stored = { ...activity, id };
    const bytes = jsonBytes(stored);
    conversation.activities.push({ watermark, activity: stored, bytes });
    this.count(conversation, bytes);
    this.dropOldest(conversation);
    return id;
  }

  /** Drops the oldest activities past the count and byte budgets; the newest one is always kept. */
  private dropOldest(conversation: StoredConversation): void {
    const { maxActivities, maxConversationBytes, maxTotalBytes } = this.options;
    while (
      conversation.activities.length > 1 &&
      (conversation.activities.length > maxActivities || conversation.bytes > maxConversationBytes || this.storedBytes > maxTotalBytes)
    ) {
      this.count(conversation, -conversation.activities.shift()!.bytes);
    }
  }

  private count(conversation: StoredConversation, bytes: number): void {
    conversation.bytes += bytes;
    this.storedBytes += bytes;
  }

  /** Replaces a stored activity and delivers it again (Web Chat replaces an activity it already shows by id). */
  replace(conversation: StoredConversation, activity: ChannelActivity & { id: string }): boolean {
    const index = conversation.activities.findIndex((item) => item.activity.id === activity.id);
    if (index < 0) return false;
    this.count(conversation, -conversation.activities.splice(index, 1)[0].bytes);
    this.append(conversation, activity);
    return true;
  }

  remove(conversation: StoredConversation, activityId: string): boolean {
    const index = conversation.activities.findIndex((item) => item.activity.id === activityId);
    if (index >= 0) this.count(conversation, -conversation.activities.splice(index, 1)[0].bytes);
    return index >= 0;
  }

  /** Activities after `watermark` (all of them for an empty or unreadable watermark). */
  since(conversation: StoredConversation, watermark: string | undefined): ActivitySet {
    const after = /^\d+$/.test(watermark ?? '') ? Number(watermark) : 0;
    return {
      activities: conversation.activities.filter((item) => item.watermark > after).map((item) => item.activity),
      watermark: String(conversation.lastWatermark),
    };
  }

  /** Deletes every idle conversation; returns how many. */
  sweep(): number {
    let removed = 0;
    for (const conversation of this.conversations.values()) {
      if (this.isExpired(conversation)) {
        this.delete(conversation);
        removed++;
      }
    }
    return removed;
  }

  /** Seconds a token stays valid from now without activity (what `expires_in` reports). */
  get expiresInSeconds(): number {
    return Math.floor(this.options.idleMs / 1000);
  }

  private isExpired(conversation: StoredConversation): boolean {
    return this.now() - conversation.lastPostAt >= this.options.idleMs;
  }

  private delete(conversation: StoredConversation): void {
    if (!this.conversations.delete(conversation.id)) return;
    this.storedBytes -= conversation.bytes;
    for (const token of conversation.tokens) this.byTokenMap.delete(token);
  }
}
