import type { Conversation } from '../../conversation/conversation';
import type { Reply } from '../../conversation/replies';
import type { Logger } from '../../logging/createLogger';
import type { Activity, InvokeResult, OutgoingActivity } from '../activity';
import type { StateStorage } from '../conversationStateStore';
import { AnsweredMessages } from './answeredMessages';
import { handleFeedbackInvoke, messageSubmitActionInvoke } from './feedbackInvoke';
import { handleSearchQuery, queryInvoke, type MessagingExtensionQuery } from './messageExtension';
import { withTeamsFeedback, type TeamsAnswer } from './teamsAnswers';
import { isTeams } from './teamsActivity';

export interface TeamsFeaturesOptions {
  conversation: Conversation;
  /** The bot's store (memory, files, Azure Blob): which entry each answer message showed. */
  storage: StateStorage;
  logger: Logger;
}

/**
 * What only Teams has: Teams' own 👍/👎 under answers (marked before sending, remembered after),
 * and Teams' invokes (that feedback, the message extension's search).
 */
export class TeamsFeatures {
  private readonly answered: AnsweredMessages;

  constructor(private readonly options: TeamsFeaturesOptions) {
    this.answered = new AnsweredMessages(options.storage);
  }

  /** Marks a rendered answer for Teams' feedback; undefined outside Teams or for a reply that is no answer. */
  markAnswer(incoming: Activity, reply: Reply, activities: OutgoingActivity[]): TeamsAnswer | undefined {
    return isTeams(incoming) ? withTeamsFeedback(reply, activities) : undefined;
  }

  /** After sending: which entry each marked message showed, by the id Teams gave it. */
  async rememberAnswers(incoming: Activity, answers: ReadonlyArray<{ answer: TeamsAnswer; id?: string }>): Promise<void> {
    const conversationId = incoming.conversation?.id ?? '';
    for (const { answer, id } of answers) {
      const messageId = id ?? answer.activity.id;
      if (!messageId) continue;
      await this.answered
        .remember(conversationId, { messageId, entryId: answer.entryId, ...(answer.question ? { question: answer.question } : {}) })
        .catch((error: unknown) =>
          this.options.logger.warn({ err: error, conversationId }, 'Could not remember a Teams answer; its 👍/👎 will not be recorded'),
        );
    }
  }

  /** The response to a Teams invoke, or undefined when the invoke is not one of Teams' features. */
  async onInvoke(activity: Activity): Promise<InvokeResult | undefined> {
    switch (activity.name) {
      case messageSubmitActionInvoke:
        return handleFeedbackInvoke(activity, { answered: this.answered, conversation: this.options.conversation, logger: this.options.logger });
      case queryInvoke:
        return handleSearchQuery(this.options.conversation.answerer(), (activity.value ?? {}) as MessagingExtensionQuery);
      default:
        return undefined;
    }
  }
}
