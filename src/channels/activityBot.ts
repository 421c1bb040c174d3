import pino from 'pino';
import { Conversation, type ConversationOptions, type TurnOutcome } from '../conversation/conversation';
import type { ConversationState } from '../conversation/conversationState';
import { messages } from '../conversation/messages';
import type { Logger } from '../logging/createLogger';
import type { Activity, ActivityBot, ActivityTurn, InvokeResult, OutgoingActivity } from './activity';
import { ConversationStateStore, type StateStorage } from './conversationStateStore';
import { handoffInitiateEvent } from './handoffEvent';
import { readMessage } from './readMessage';
import { rendererFor as defaultRendererFor } from './rendererFor';
import type { ReplyRenderer } from './replyRenderer';
import type { TeamsAnswer } from './teams/teamsAnswers';
import { greetsNewMembers, isAddressedToBot } from './teams/teamsActivity';
import { TeamsFeatures } from './teams/teamsFeatures';
import { unsupportedInvoke } from './unsupportedInvoke';

export interface ActivityBotOptions extends ConversationOptions {
  /** Where conversation state lives (default: memory, lost on restart). */
  storage?: StateStorage;
  /** How replies look on a channel (default: cards where they render, Markdown text elsewhere). */
  rendererFor?: (channelId: string | undefined) => ReplyRenderer;
}

/**
 * The bot over Bot Framework activities, free of any SDK: reads an activity into a message for the
 * conversation, keeps the conversation's state in the deployment's store, renders the replies for the
 * channel and sends them through the host. Every host (botbuilder 4, the Microsoft 365 Agents SDK, the
 * built-in Direct Line) runs this same bot.
 */
export class FaqActivityBot implements ActivityBot {
  readonly conversation: Conversation;
  private readonly states: ConversationStateStore;
  private readonly teams: TeamsFeatures;
  private readonly rendererFor: (channelId: string | undefined) => ReplyRenderer;
  private readonly logger: Logger;

  constructor(options: ActivityBotOptions) {
    this.logger = options.logger ?? pino({ level: 'silent' });
    this.conversation = new Conversation({ ...options, logger: this.logger });
    const storage = options.storage ?? memoryStorage();
    this.states = new ConversationStateStore(storage, this.logger);
    this.teams = new TeamsFeatures({ conversation: this.conversation, storage, logger: this.logger });
    this.rendererFor = options.rendererFor ?? defaultRendererFor;
  }

  async run(turn: ActivityTurn): Promise<InvokeResult | undefined> {
    const { activity } = turn;
    try {
      switch (activity.type) {
        case 'message':
          // Group chats and channels (Teams): only messages that @mention the bot, or its own buttons.
          if (isAddressedToBot(activity)) await this.withState(turn, (state) => this.conversation.respond(readMessage(activity), state));
          return undefined;
        case 'conversationUpdate':
          if (this.joined(activity) && greetsNewMembers(activity)) {
            await this.withState(turn, async (state) => this.conversation.welcome(state, activity.conversation?.id ?? ''));
          }
          return undefined;
        case 'invoke':
          // Teams' invokes (its 👍/👎, the message extension's search); any other is refused with 400.
          return (await this.teams.onInvoke(activity)) ?? unsupportedInvoke(activity.name);
        default:
          return undefined;
      }
    } catch (error) {
      await this.failed(turn, error);
      return activity.type === 'invoke' ? { status: 500 } : undefined;
    }
  }

  /** Whether people (not the bot itself, whose own arrival is announced too) joined the conversation. */
  private joined(activity: Activity): boolean {
    const botId = activity.recipient?.id;
    return (activity.membersAdded ?? []).some((member) => member.id !== botId);
  }

  /**
   * Loads the state, decides, sends the replies, saves the state (even when sending fails), after the
   * turns of the same conversation already running: two messages sent together are answered in order,
   * the second one reading the state the first one saved.
   */
  private withState(turn: ActivityTurn, decide: (state: ConversationState) => Promise<TurnOutcome>): Promise<void> {
    const { activity } = turn;
    const channelId = activity.channelId ?? '';
    const conversationId = activity.conversation?.id ?? '';
    return this.states.exclusive(channelId, conversationId, async () => {
      const loaded = await this.states.load(channelId, conversationId);
      const { replies, state } = await decide(loaded.state);
      try {
        await this.send(turn, replies);
      } finally {
        await this.states.save(loaded, state, conversationId);
      }
    });
  }

  private async send(turn: ActivityTurn, replies: TurnOutcome['replies']): Promise<void> {
    const renderer = this.rendererFor(turn.activity.channelId);
    const outgoing: OutgoingActivity[] = [];
    const marked: Array<{ answer: TeamsAnswer; index: number }> = [];
    for (const reply of replies) {
      const activities = renderer.render(reply, turn.activity);
      const answer = this.teams.markAnswer(turn.activity, reply, activities);
      if (answer) marked.push({ answer, index: outgoing.length + activities.indexOf(answer.activity) });
      outgoing.push(...activities);
    }
    const ids = await this.sendAll(turn, outgoing);
    if (marked.length > 0) await this.teams.rememberAnswers(turn.activity, marked.map(({ answer, index }) => ({ answer, id: ids[index]?.id })));
  }

  /**
   * Sends in order; the hand-off event goes on its own, because some channels refuse event activities:
   * the person already has the contact then, so the turn goes on.
   */
  private async sendAll(turn: ActivityTurn, outgoing: OutgoingActivity[]): Promise<Array<{ id?: string } | undefined>> {
    const ids: Array<{ id?: string } | undefined> = [];
    let batch: OutgoingActivity[] = [];
    const flush = async () => {
      if (batch.length > 0) ids.push(...(await turn.send(batch)));
      batch = [];
    };
    for (const activity of outgoing) {
      if (activity.type !== 'event' || activity.name !== handoffInitiateEvent) {
        batch.push(activity);
        continue;
      }
      await flush();
      try {
        ids.push(...(await turn.send([activity])));
      } catch (error) {
        ids.push(undefined);
        const { activity: incoming } = turn;
        this.logger.warn({ err: error, conversationId: incoming.conversation?.id, channelId: incoming.channelId }, 'The channel refused the hand-off event');
      }
    }
    await flush();
    return ids;
  }

  /**
   * A turn that threw: logged, the user told in French, the error shown in the Emulator (trace
   * activities reach the Emulator only). Never rethrows, so one bad turn cannot take the process down.
   */
  private async failed(turn: ActivityTurn, error: unknown): Promise<void> {
    const { activity } = turn;
    this.logger.error(
      { err: error, channelId: activity.channelId, conversationId: activity.conversation?.id, activityType: activity.type },
      'Unhandled error during a bot turn',
    );
    if (activity.type === 'invoke') return;
    try {
      await turn.send([
        { type: 'trace', name: 'OnTurnError Trace', label: 'TurnError', valueType: 'https://www.botframework.com/schemas/error', value: String(error instanceof Error ? error.message : error) },
        { type: 'message', text: messages.turnError },
      ]);
    } catch (sendError) {
      // The channel itself may be what failed (connector down): nothing more to tell the user.
      this.logger.error({ err: sendError }, 'Could not send the error message to the user');
    }
  }
}

/** A store in this process's memory: state is lost on restart (tests, local runs). */
export function memoryStorage(): StateStorage {
  const items = new Map<string, string>();
  return {
    async read(keys) {
      const found: Record<string, unknown> = {};
      for (const key of keys) {
        const item = items.get(key);
        if (item !== undefined) found[key] = JSON.parse(item);
      }
      return found;
    },
    async write(changes) {
      for (const [key, value] of Object.entries(changes)) items.set(key, JSON.stringify(value));
    },
  };
}
