import { ActivityHandler, MemoryStorage, type InvokeResponse, type Storage, type TurnContext } from 'botbuilder';
import pino from 'pino';
import type { Answerer } from '../answering/answerer';
import type { Logger } from '../logging/createLogger';
import { exampleEntries } from './catalog';
import { ConversationMemory } from './conversationMemory';
import { offer } from './entryReply';
import type { HandoffContact } from './handoff';
import { guardRecorder, type LearningRecorder } from './learningHooks';
import { handleMessage } from './messageTurn';
import { rendererFor } from './rendererFor';
import { greetsNewMembers, isAddressedToBot } from './teams/teamsActivity';
import { TeamsFeatures } from './teams/teamsFeatures';
import type { ReplyRenderer } from './replyRenderer';
import { unsupportedInvoke } from './unsupportedInvoke';
import { runTurn, type ConversationServices } from './turn';

export { maxQuestionLength } from './questionTurn';

export interface FaqBotOptions {
  /** The current answerer; a function because the knowledge base can be reloaded while the bot runs. */
  answerer: () => Answerer;
  /** How replies look on a channel (default: cards where they render, Markdown text elsewhere). */
  rendererFor?: (channelId: string | undefined) => ReplyRenderer;
  /** Where conversation state lives (default: memory, lost on restart). */
  storage?: Storage;
  /** The learning loop; its failures are logged and never break a turn. */
  recorder?: LearningRecorder;
  /** Who to contact when a person asks for a human (from configuration; none invented). */
  handoff?: HandoffContact;
  logger?: Logger;
}

/**
 * The FAQ bot: greets people who join and answers their messages from the knowledge base, with
 * cards, follow-ups, context, a help menu, feedback and hand-off (see messageTurn for the routing).
 */
export class FaqBot extends ActivityHandler {
  private readonly services: ConversationServices;
  private readonly teams: TeamsFeatures;

  constructor(options: FaqBotOptions) {
    super();
    const logger = options.logger ?? pino({ level: 'silent' });
    const storage = options.storage ?? new MemoryStorage();
    this.services = {
      answerer: options.answerer,
      rendererFor: options.rendererFor ?? rendererFor,
      memory: new ConversationMemory(storage, logger),
      recorder: guardRecorder(options.recorder, logger),
      handoff: options.handoff ?? {},
      logger,
    };
    this.teams = new TeamsFeatures({ answerer: options.answerer, recorder: this.services.recorder, storage, logger });

    this.onTurn(async (context, next) => {
      this.teams.watchTurn(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (greetsNewMembers(context.activity)) await this.welcome(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      // Group chats and channels (Teams): only messages that @mention the bot, or its own buttons.
      if (isAddressedToBot(context.activity)) await runTurn(this.services, context, handleMessage);
      await next();
    });
  }

  /** Teams' invokes (its 👍/👎, the message extension's search); any other is refused with 400. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    return (await this.teams.onInvoke(context)) ?? unsupportedInvoke(context.activity.name);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const botId = context.activity.recipient?.id;
    // The bot's own arrival is announced too: greet people only.
    const people = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
    if (people.length === 0) return;
    await runTurn(this.services, context, async (turn) => {
      await context.sendActivities(turn.renderer.welcome(turn.kb));
      offer(turn, exampleEntries(turn.kb), 'followup');
    });
  }
}
