import type { Redis } from 'ioredis';
import type { ConversationRef, DirectLineConversations, DirectLineStoreHealth } from './conversations';
import { watermarkNumber } from './conversations';
import type { RedisConnection } from './redisConnection';
import { appendScript, createScript, issueTokenScript, lookupScript, markStartedScript, sinceScript } from './redisScripts';
import { RedisTurnLock } from './redisTurnLock';
import { newConversationId, newToken, newUserId } from './randomIds';
import type { ActivitySet, ChannelActivity } from './types';

/** The same bounds as the memory store, over every instance together. */
export interface RedisConversationsOptions {
  idleMs: number;
  maxConversations: number;
  maxActivities: number;
  maxConversationBytes: number;
  maxTotalBytes: number;
  /** Prefix of every key (several bots may share one Redis). */
  keyPrefix?: string;
}

/** Where this bot's Direct Line keys start in Redis. */
export const defaultKeyPrefix = 'faq-bot:dl:';

/** Keys live this much longer than the idle time, so that expiry is decided by the last post, not by Redis. */
const ttlGraceMs = 60_000;

/** Tokens kept per conversation: the current one and the one it replaced (as in memory). */
const tokensKept = 2;

type Scripts = Record<'dlCreate' | 'dlAppend' | 'dlSince' | 'dlLookup' | 'dlIssueToken' | 'dlMarkStarted', (...args: Array<string | number>) => Promise<unknown>>;

/**
 * The built-in Direct Line's conversations in Redis, shared by every instance: a visitor's posts and polls
 * may land on any of them, and survive the death of one. Scripts keep each change atomic (redisScripts.ts).
 */
export class RedisConversations implements DirectLineConversations {
  private readonly redis: Redis;
  private readonly scripts: Scripts;
  private readonly prefix: string;
  private readonly lock: RedisTurnLock;

  constructor(
    private readonly connection: RedisConnection,
    private readonly options: RedisConversationsOptions,
  ) {
    this.redis = connection.client;
    this.prefix = options.keyPrefix ?? defaultKeyPrefix;
    const scripts = { dlCreate: createScript, dlAppend: appendScript, dlSince: sinceScript, dlLookup: lookupScript, dlIssueToken: issueTokenScript, dlMarkStarted: markStartedScript };
    for (const [name, lua] of Object.entries(scripts)) this.redis.defineCommand(name, { numberOfKeys: 0, lua });
    const commands = this.redis as unknown as Scripts;
    const track = (name: keyof Scripts) => (...args: Array<string | number>) => connection.track(commands[name](...args));
    this.scripts = Object.fromEntries(Object.keys(scripts).map((name) => [name, track(name as keyof Scripts)])) as Scripts;
    this.lock = new RedisTurnLock(this.redis, (id) => `${this.prefix}lock:${id}`);
  }

  private get ttlMs(): number {
    return this.options.idleMs + ttlGraceMs;
  }

  async create(): Promise<{ conversation: ConversationRef; token: string } | undefined> {
    const { idleMs, maxConversations, maxTotalBytes, maxConversationBytes } = this.options;
    const conversation = { id: newConversationId(), userId: newUserId('u_'), started: false };
    const token = newToken();
    const args = [conversation.id, conversation.userId, token, Date.now(), idleMs, this.ttlMs, maxConversations, maxTotalBytes, maxConversationBytes];
    const created = await this.scripts.dlCreate(this.prefix, ...args);
    return created === 1 ? { conversation, token } : undefined;
  }

  async byToken(token: string): Promise<ConversationRef | undefined> {
    const found = (await this.scripts.dlLookup(this.prefix, token)) as [string, string, string, string] | null;
    if (!found) return undefined;
    const [id, userId, started, last] = found;
    if (Date.now() - Number(last) >= this.options.idleMs) return undefined;
    return { id, userId, started: started === '1' };
  }

  async issueToken(conversationId: string): Promise<string | undefined> {
    const token = newToken();
    return (await this.scripts.dlIssueToken(this.prefix, conversationId, token, tokensKept)) === 1 ? token : undefined;
  }

  async markStarted(conversationId: string): Promise<boolean> {
    return (await this.scripts.dlMarkStarted(this.prefix, conversationId)) === 1;
  }

  async append(conversationId: string, activities: readonly ChannelActivity[], options: { visitorPosted?: boolean } = {}): Promise<string[] | undefined> {
    const { maxActivities, maxConversationBytes, maxTotalBytes } = this.options;
    const json = activities.map(({ id: _ignored, ...withoutId }) => JSON.stringify(withoutId));
    const postedAt = options.visitorPosted ? Date.now() : '';
    const limits = [maxActivities, maxConversationBytes, maxTotalBytes];
    return ((await this.scripts.dlAppend(this.prefix, conversationId, ...limits, postedAt, this.ttlMs, ...json)) as string[] | null) ?? undefined;
  }

  async since(conversationId: string, watermark: string | undefined): Promise<ActivitySet> {
    const [last, entries] = (await this.scripts.dlSince(this.prefix, conversationId, watermarkNumber(watermark))) as [number, string[]];
    const activities = entries.map((entry) => {
      const { id, a } = JSON.parse(entry) as { id: string; a: ChannelActivity };
      return { ...a, id };
    });
    return { activities, watermark: String(last) };
  }

  inTurnOrder<T>(conversationId: string, turn: () => Promise<T>): Promise<T> {
    return this.lock.run(conversationId, turn);
  }

  get expiresInSeconds(): number {
    return Math.floor(this.options.idleMs / 1000);
  }

  health(): DirectLineStoreHealth {
    return { kind: 'redis', ...this.connection.health() };
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
