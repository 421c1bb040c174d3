import type { ActivityBot, ChannelAccount } from '../../channels/activity';
import type { Logger } from '../../logging/createLogger';
import { createBotTurns, webChatChannelId, type BotTurns } from './botTurns';
import { checkActivityBudget, directLineBudget } from '../activityBudget';
import { isJsonObject } from '../sendError';
import { echoOf, parseClientActivity } from './clientActivity';
import { ConversationStore, type StoredConversation } from './conversationStore';
import { directLineErrors } from './errorMessages';
import { createRateLimit, type RateLimit } from './rateLimit';
import type { ActivitySet, ChannelActivity, Conversation, ResourceResponse } from './types';

/** What a Direct Line operation answers: an HTTP status and body, and how long to wait after a 429. */
export type DirectLineResult<T> =
  | { status: 200 | 201; body: T }
  | { status: 400 | 403 | 413 | 429 | 502 | 503; error: string; retryAfterSeconds?: number };

/** A conversation as the token endpoint hands it out: Direct Line's shape plus the visitor's id for Web Chat. */
export interface IssuedConversation extends Conversation {
  userId: string;
}

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
 */
export class BuiltinDirectLine {
  readonly store: ConversationStore;
  private readonly turns: BotTurns;
  private readonly perClient: RateLimit;
  private readonly perConversation: RateLimit;
  private readonly pollsPerConversation: RateLimit;
  private readonly botAccount: ChannelAccount;

  constructor(private readonly options: BuiltinDirectLineOptions) {
    this.store = new ConversationStore({
      idleMs: options.idleMs,
      maxConversations: options.maxConversations ?? builtinLimits.maxConversations,
      maxActivities: options.maxActivities ?? builtinLimits.maxActivities,
      maxConversationBytes: options.maxConversationBytes ?? builtinLimits.maxConversationBytes,
      maxTotalBytes: options.maxTotalBytes,
      now: options.now,
    });
    this.turns = createBotTurns(options.bot, this.store);
    this.perClient = createRateLimit(options.conversationsPerHour, 3600);
    this.perConversation = createRateLimit(options.activitiesPerMinute, 60);
    this.pollsPerConversation = createRateLimit(options.pollsPerMinute, 60);
    this.botAccount = { id: options.appId || 'faq-bot', name: options.botName, role: 'bot' };
  }

  /** A new conversation for a visitor (the token endpoint), counted against the client's hourly limit. */
  async issue(clientKey: string): Promise<DirectLineResult<IssuedConversation>> {
    const limit = await this.perClient.take(clientKey);
    if (!limit.allowed) return { status: 429, error: directLineErrors.tooManyConversations, retryAfterSeconds: limit.retryAfterSeconds };
    const conversation = this.store.create();
    if (!conversation) return { status: 503, error: directLineErrors.conversationsFull, retryAfterSeconds: 60 };
    return { status: 200, body: { ...this.describe(conversation, conversation.tokens.at(-1) ?? ''), userId: conversation.userId } };
  }

  /**
   * `POST /conversations`: with a token, starts (or reconnects to) that token's conversation;
   * without one, starts a new conversation. The bot is told once that the visitor joined, so it greets them.
   */
  async start(token: string | undefined, clientKey: string): Promise<DirectLineResult<Conversation>> {
    let conversation: StoredConversation | undefined;
    let currentToken = token;
    if (token) {
      conversation = this.store.byToken(token);
      if (!conversation) return { status: 403, error: directLineErrors.tokenInvalid };
    } else {
      const issued = await this.issue(clientKey);
      if (issued.status !== 200) return issued;
      conversation = this.store.byToken(issued.body.token);
      currentToken = issued.body.token;
      if (!conversation) return { status: 403, error: directLineErrors.tokenInvalid };
    }
    if (!conversation.started) {
      conversation.started = true;
      const user = { id: conversation.userId, name: '', role: 'user' };
      await this.enqueue(conversation, { type: 'conversationUpdate', membersAdded: [this.botAccount, user], ...this.addresses(conversation) });
    }
    return { status: 201, body: this.describe(conversation, currentToken ?? '') };
  }

  /** `POST /conversations/{id}/activities`: echoes the visitor's activity into the conversation, then runs the bot's turn. */
  async post(token: string | undefined, conversationId: string, body: unknown): Promise<DirectLineResult<ResourceResponse>> {
    const access = this.open(token, conversationId);
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
    const id = this.store.append(conversation, echoOf(activity));
    this.store.touch(conversation);
    const ok = await this.enqueue(conversation, { ...activity, id });
    return ok ? { status: 200, body: { id } } : { status: 502, error: directLineErrors.botFailed };
  }

  /** `GET /conversations/{id}/activities?watermark=`: what happened after the watermark. Reading is not activity. */
  async activities(token: string | undefined, conversationId: string, watermark: string | undefined): Promise<DirectLineResult<ActivitySet>> {
    const access = this.open(token, conversationId);
    if ('error' in access) return access;
    const limit = await this.pollsPerConversation.take(access.conversation.id);
    if (!limit.allowed) return { status: 429, error: directLineErrors.tooManyPolls, retryAfterSeconds: limit.retryAfterSeconds };
    return { status: 200, body: this.store.since(access.conversation, watermark) };
  }

  /** `POST /tokens/refresh`: a new token for the same conversation (the old one works until the next refresh). */
  refresh(token: string | undefined): DirectLineResult<Conversation> {
    const conversation = token ? this.store.byToken(token) : undefined;
    if (!conversation) return { status: 403, error: token ? directLineErrors.tokenInvalid : directLineErrors.tokenMissing };
    return { status: 200, body: this.describe(conversation, this.store.issueToken(conversation)) };
  }

  private open(token: string | undefined, conversationId: string): { conversation: StoredConversation } | { status: 403; error: string } {
    if (!token) return { status: 403, error: directLineErrors.tokenMissing };
    const conversation = this.store.byToken(token);
    if (!conversation) return { status: 403, error: directLineErrors.tokenInvalid };
    if (conversation.id !== conversationId) return { status: 403, error: directLineErrors.wrongConversation };
    return { conversation };
  }

  /** Runs the turn after the conversation's previous ones; false when the turn itself failed. */
  private enqueue(conversation: StoredConversation, activity: ChannelActivity): Promise<boolean> {
    const turn = conversation.queue.then(() => this.turns.run(activity));
    conversation.queue = turn.catch(() => undefined);
    return turn.then(
      () => true,
      (error: unknown) => {
        this.options.logger.error({ err: error, activityType: activity.type }, 'Built-in Direct Line: the bot turn failed');
        return false;
      },
    );
  }

  private addresses(conversation: StoredConversation): ChannelActivity {
    return { channelId: webChatChannelId, conversation: { id: conversation.id } as ChannelActivity['conversation'], recipient: this.botAccount };
  }

  private describe(conversation: StoredConversation, token: string): Conversation {
    return { conversationId: conversation.id, token, expires_in: this.store.expiresInSeconds };
  }
}
