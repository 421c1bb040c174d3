import type { ConversationRef, DirectLineConversations, DirectLineStoreHealth } from './conversations';
import { ConversationStore, type ConversationStoreOptions } from './conversationStore';
import type { ActivitySet, ChannelActivity } from './types';

/**
 * The built-in Direct Line's conversations in this process's memory (one instance): the ConversationStore
 * behind the asynchronous interface that the Redis store shares.
 */
export class MemoryConversations implements DirectLineConversations {
  readonly store: ConversationStore;

  constructor(options: ConversationStoreOptions) {
    this.store = new ConversationStore(options);
  }

  async create(): Promise<{ conversation: ConversationRef; token: string } | undefined> {
    const conversation = this.store.create();
    return conversation && { conversation, token: conversation.tokens.at(-1) ?? '' };
  }

  async byToken(token: string): Promise<ConversationRef | undefined> {
    return this.store.byToken(token);
  }

  async issueToken(conversationId: string): Promise<string | undefined> {
    const conversation = this.store.get(conversationId);
    return conversation && this.store.issueToken(conversation);
  }

  async markStarted(conversationId: string): Promise<boolean> {
    const conversation = this.store.get(conversationId);
    if (!conversation || conversation.started) return false;
    conversation.started = true;
    return true;
  }

  async append(conversationId: string, activities: readonly ChannelActivity[], options: { visitorPosted?: boolean } = {}): Promise<string[] | undefined> {
    const conversation = this.store.get(conversationId);
    if (!conversation) return undefined;
    const ids = activities.map((activity) => this.store.append(conversation, activity));
    if (options.visitorPosted) this.store.touch(conversation);
    return ids;
  }

  async since(conversationId: string, watermark: string | undefined): Promise<ActivitySet> {
    const conversation = this.store.get(conversationId);
    return conversation ? this.store.since(conversation, watermark) : { activities: [], watermark: watermark ?? '0' };
  }

  /** Turns of one conversation wait for the previous one, so replies keep the order of the questions. */
  inTurnOrder<T>(conversationId: string, turn: () => Promise<T>): Promise<T> {
    const conversation = this.store.get(conversationId);
    if (!conversation) return turn();
    const next = conversation.queue.then(turn);
    conversation.queue = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  get expiresInSeconds(): number {
    return this.store.expiresInSeconds;
  }

  health(): DirectLineStoreHealth {
    return { kind: 'memory', status: 'ok' };
  }

  async close(): Promise<void> {}
}
