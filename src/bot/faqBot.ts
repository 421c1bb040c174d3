import { ActivityHandler, TurnContext } from 'botbuilder';
import type { Answerer } from '../answering/answerer';
import { decisionTraceName, decisionTraceValueType, toDecisionTrace } from './decisionTrace';
import { markdownRenderer } from './markdownRenderer';
import type { ReplyRenderer } from './replyRenderer';

/** Longer messages are cut before matching: nobody asks a FAQ question in a thousand characters. */
export const maxQuestionLength = 1000;

export interface FaqBotOptions {
  /** The current answerer; a function because the knowledge base can be reloaded while the bot runs. */
  answerer: () => Answerer;
  /** How replies look (Markdown with suggested actions by default). */
  renderer?: ReplyRenderer;
}

/**
 * The FAQ bot: greets people who join, answers each message from the knowledge base,
 * and leaves a trace of its decision for the Emulator.
 */
export class FaqBot extends ActivityHandler {
  private readonly answerer: () => Answerer;
  private readonly renderer: ReplyRenderer;

  constructor(options: FaqBotOptions) {
    super();
    this.answerer = options.answerer;
    this.renderer = options.renderer ?? markdownRenderer;

    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
  }

  private async welcome(context: TurnContext): Promise<void> {
    const botId = context.activity.recipient?.id;
    // The bot's own arrival is announced too: greet people only.
    const people = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
    if (people.length === 0) return;
    await context.sendActivities(this.renderer.welcome(this.answerer().knowledgeBase));
  }

  private async answer(context: TurnContext): Promise<void> {
    const answerer = this.answerer();
    // In group chats (Teams) the text starts with an @mention of the bot: not part of the question.
    const raw = context.activity.text ?? '';
    const text = (raw && context.activity.recipient ? TurnContext.removeRecipientMention(context.activity) : raw).trim();
    if (text === '') {
      await context.sendActivities(this.renderer.emptyMessage(answerer.knowledgeBase));
      return;
    }
    const decision = answerer.ask(text.slice(0, maxQuestionLength));
    await context.sendTraceActivity(decisionTraceName, toDecisionTrace(decision), decisionTraceValueType, 'Décision');
    await context.sendActivities(this.renderer.decision(decision, answerer.knowledgeBase));
  }
}
