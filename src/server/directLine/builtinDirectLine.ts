import type { ActivityBot, ChannelAccount } from '../../channels/activity';
import type { Logger } from '../../logging/createLogger';
import { createBotTurns, webChatChannelId, type BotTurns } from './botTurns';
import { checkActivityBudget, directLineBudget } from '../activityBudget';
import { isJsonObject } from '../sendError';
import { echoOf, parseClientActivity } from './clientActivity';
import type { ConversationRef, DirectLineConversations } from './conversations';
import { directLineErrors } from './errorMessages';
import { MemoryConversations } from './memoryConversations';
import { memoryRateLimits, type RateLimit, type RateLimits } from './rateLimit';
import type { ActivitySet, ChannelActivity, Conversation, ResourceResponse } from './types';

/** What a Direct Line operation answers: an HTTP status and body, and how long to wait after a 429. */
export type DirectLineResult<T> =
  | { status: 200 | 201; body: T }
  | { status: 400 | 403 | 413 | 429 | 502 | 503; error: string; retryAfterSeconds?: number };

/** A conversation as the token endpoint hands it out: Direct Line's shape plus the visitor's id for Web Chat. */
export interface IssuedConversation extends Conversation {
  userId: string;
}

/** Seconds a client is asked to wait when the conversation store (Redis) does not answer. */
export const storeRetryAfterSeconds = 2;

export interface BuiltinDirectLineOptions {
  bot: ActivityBot;
  logger: Logger;
  /** The bot's App ID ('' locally) and the name visitors see. */
  appId: string;
  botName: string;
  idleMs: number;
  conversationsPerHour: number;
  activitiesPerMinute: number;
  /** Polls (GET activities) one conversation may make per minute; Web Chat polls once a second. */
  pollsPerMinute: number;
  /** Bytes of activities kept in memory over all conversations (see ConversationStoreOptions.maxTotalBytes). */
  maxTotalBytes: number;
  maxConversations?: number;
  maxActivities?: number;
  maxConversationBytes?: number;
  /** The clock (ms) of idle expiry; replaceable in tests. */
  now?: () => number;
  /** Where conversations are kept (Redis with several instances); in this process's memory by default. */
  conversations?: DirectLineConversations;
  /** Where the rate limits count (Redis with several instances); in memory by default. */
  rateLimits?: RateLimits;
}

/**
 * Memory bounds of the store: 10,000 conversations of at most 200 activities and 256 KB each (a conversation of
 * twenty questions with their answer cards takes about 100 KB; a visitor reads new activities by watermark,
 * so dropping old ones loses nothing already delivered).
 */
export const builtinLimits = Object.freeze({ maxConversations: 10_000, maxActivities: 200, maxConversationBytes: 256 * 1024 });

/**
 * The Direct Line 3.0 subset Web Chat's DirectLineJS uses with `webSocket: false`, served by the bot itself:
 * start a conversation, post an activity, poll activities with a watermark, refresh the token.
 * Visitors' activities run through the SDK-free bot (src/channels), whichever host serves /api/messages; the bot's replies land in the conversation.
 * Conversations live in `options.conversations`: memory for one instance, Redis for several.
 */
export class BuiltinDirectLine {
  readonly conversations: DirectLineConversations;
  private readonly turns: BotTurns;
  private readonly perClient: RateLimit;
  private readonly perConversation: RateLimit;
  private readonly pollsPerConversation: RateLimit;
  private readonly botAccount: ChannelAccount;

  constructor(private readonly options: BuiltinDirectLineOptions) {
    this.conversations =
      options.conversations ??
      new MemoryConversations({
        idleMs: options.idleMs,
        maxConversations: options.maxConversations ?? builtinLimits.maxConversations,
        maxActivities: options.maxActivities ?? builtinLimits.maxActivities,
        maxConversationBytes: options.maxConversationBytes ?? builtinLimits.maxConversationBytes,
        maxTotalBytes: options.maxTotalBytes,
        now: options.now,
      });
    this.turns = createBotTurns(options.bot, this.conversations);
    const limits = options.rateLimits ?? memoryRateLimits;
    this.perClient = limits.create('conversations-per-client', options.conversationsPerHour, 3600);
    this.perConversation = limits.create('activities-per-conversation', options.activitiesPerMinute, 60);
    this.pollsPerConversation = limits.create('polls-per-conversation', options.pollsPerMinute, 60);
    this.botAccount = { id: options.appId || 'faq-bot', name: options.botName, role: 'bot' };
  }

  /** A new conversation for a visitor (the token endpoint), counted against the client's hourly limit. */
  issue(clientKey: string): Promise<DirectLineResult<IssuedConversation>> {
    return this.guarded<IssuedConversation>(async () => {
      const limit = await this.perClient.take(clientKey);
      if (!limit.allowed) return { status: 429, error: directLineErrors.tooManyConversations, retryAfterSeconds: limit.retryAfterSeconds };
      const created = await this.conversations.create();
      if (!created) return { status: 503, error: directLineErrors.conversationsFull, retryAfterSeconds: 60 };
      return { status: 200, body: { ...this.describe(created.conversation, created.token), userId: created.conversation.userId } };
    });
  }

  /**
   * `POST /conversations`: with a token, starts (or reconnects to) that token's conversation;
   * without one, starts a new conversation. The bot is told once that the visitor joined, so it greets them.
   */
  start(token: string | undefined, clientKey: string): Promise<DirectLineResult<Conversation>> {
    return this.guarded<Conversation>(async () => {
      let conversation: ConversationRef | undefined;
      let currentToken = token;
      if (token) {
        conversation = await this.conversations.byToken(token);
        if (!conversation) return { status: 403, error: directLineErrors.tokenInvalid };
      } else {
        const issued = await this.issue(clientKey);
        if (issued.status !== 200) return issued;
        conversation = await this.conversations.byToken(issued.body.token);
        currentToken = issued.body.token;
        if (!conversation) return { status: 403, error: directLineErrors.tokenInvalid };
      }
      if (!conversation.started && (await this.conversations.markStarted(conversation.id))) {
        const user = { id: conversation.userId, name: '', role: 'user' };
        await this.enqueue(conversation, { type: 'conversationUpdate', membersAdded: [this.botAccount, user], ...this.addresses(conversation) });
      }
      return { status: 201, body: this.describe(conversation, currentToken ?? '') };
    });
  }

  /** `POST /conversations/{id}/activities`: echoes the visitor's activity into the conversation, then runs the bot's turn. */
  post(token: string | undefined, conversationId: string, body: unknown): Promise<DirectLineResult<ResourceResponse>> {
    return this.guarded<ResourceResponse>(async () => {
      const access = await this.open(token, conversationId);
      if ('error' in access) return access;
      const { conversation } = access;
      const limit = await this.perConversation.take(conversation.id);
      if (!limit.allowed) return { status: 429, error: directLineErrors.tooManyActivities, retryAfterSeconds: limit.retryAfterSeconds };
      // Measured before anything else touches it: a deep value must never reach JSON.stringify or the bot.
      const budget = isJsonObject(body) ? checkActivityBudget(body, directLineBudget) : { ok: true as const };
      if (!budget.ok) return { status: budget.status, error: budget.error };
      const parsed = parseClientActivity(body);
      if (!parsed.ok) return { status: 400, error: parsed.error };

      const name = parsed.value.from?.name;
      const activity: ChannelActivity = {
        ...parsed.value,
        ...this.addresses(conversation),
        from: { id: conversation.userId, name: name ?? '', role: 'user' },
        timestamp: new Date().toISOString(),
      };
      // The bot gets the whole activity; the conversation keeps only the echo Web Chat needs to show it.
      const [id] = (await this.conversations.append(conversation.id, [echoOf(activity)], { visitorPosted: true })) ?? [];
      if (id === undefined) return { status: 403, error: directLineErrors.tokenInvalid };
      const ok = await this.enqueue(conversation, { ...activity, id });
      return ok ? { status: 200, body: { id } } : { status: 502, error: directLineErrors.botFailed };
    });
  }

  /** `GET /conversations/{id}/activities?watermark=`: what happened after the watermark. Reading is not activity. */
  activities(token: string | undefined, conversationId: string, watermark: string | undefined): Promise<DirectLineResult<ActivitySet>> {
    return this.guarded<ActivitySet>(async () => {
      const access = await this.open(token, conversationId);
      if ('error' in access) return access;
      const limit = await this.pollsPerConversation.take(access.conversation.id);
      if (!limit.allowed) return { status: 429, error: directLineErrors.tooManyPolls, retryAfterSeconds: limit.retryAfterSeconds };
      return { status: 200, body: await this.conversations.since(access.conversation.id, watermark) };
    });
  }

  /** `POST /tokens/refresh`: a new token for the same conversation (the old one works until the next refresh). */
  refresh(token: string | undefined): Promise<DirectLineResult<Conversation>> {
    return this.guarded<Conversation>(async () => {
      const conversation = token ? await this.conversations.byToken(token) : undefined;
      const fresh = conversation && (await this.conversations.issueToken(conversation.id));
      if (!conversation || !fresh) return { status: 403, error: token ? directLineErrors.tokenInvalid : directLineErrors.tokenMissing };
      return { status: 200, body: this.describe(conversation, fresh) };
    });
  }

  /** Stops using the conversation store (closes the Redis connection). */
  close(): Promise<void> {
    return this.conversations.close();
  }

  private async open(token: string | undefined, conversationId: string): Promise<{ conversation: ConversationRef } | { status: 403; error: string }> {
    if (!token) return { status: 403, error: directLineErrors.tokenMissing };
    const conversation = await this.conversations.byToken(token);
    if (!conversation) return { status: 403, error: directLineErrors.tokenInvalid };
    if (conversation.id !== conversationId) return { status: 403, error: directLineErrors.wrongConversation };
    return { conversation };
  }

  /** Runs the turn after the conversation's previous ones; false when the turn itself failed. */
  private enqueue(conversation: ConversationRef, activity: ChannelActivity): Promise<boolean> {
    return this.conversations.inTurnOrder(conversation.id, () => this.turns.run(activity)).then(
      () => true,
      (error: unknown) => {
        this.options.logger.error({ err: error, activityType: activity.type }, 'Built-in Direct Line: the bot turn failed');
        return false;
      },
    );
  }

  /** A store that does not answer (Redis down) is a 503 the client retries, never a 500 with its error text. */
  private async guarded<T>(operation: () => Promise<DirectLineResult<T>>): Promise<DirectLineResult<T>> {
    try {
      return await operation();
    } catch (error) {
      this.options.logger.warn({ err: error }, 'Built-in Direct Line: the conversation store failed');
      return { status: 503, error: directLineErrors.storeUnavailable, retryAfterSeconds: storeRetryAfterSeconds };
    }
  }

  private addresses(conversation: ConversationRef): ChannelActivity {
    return { channelId: webChatChannelId, conversation: { id: conversation.id } as ChannelActivity['conversation'], recipient: this.botAccount };
  }

  private describe(conversation: ConversationRef, token: string): Conversation {
    return { conversationId: conversation.id, token, expires_in: this.conversations.expiresInSeconds };
  }
}
