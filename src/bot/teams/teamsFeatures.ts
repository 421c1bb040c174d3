import type { InvokeResponse, MessagingExtensionQuery, Storage, TurnContext } from 'botbuilder';
import type { Answerer } from '../../answering/answerer';
import type { Logger } from '../../logging/createLogger';
import type { LearningRecorder } from '../learningHooks';
import { AnsweredMessages } from './answeredMessages';
import { handleFeedbackInvoke, messageSubmitActionInvoke } from './feedbackInvoke';
import { handleSearchQuery, queryInvoke } from './messageExtension';
import { watchTeamsAnswers } from './teamsAnswers';

export interface TeamsFeaturesOptions {
  answerer: () => Answerer;
  /** Guarded: never throws. */
  recorder: LearningRecorder;
  /** The bot's store (memory, files, Azure Blob): which entry each answer message showed. */
  storage: Storage;
  logger: Logger;
}

/**
 * What only Teams has, behind three calls from the bot: watch a turn's answers (Teams' own 👍/👎),
 * and handle Teams' invokes (the feedback, the message extension's search).
 */
export class TeamsFeatures {
  private readonly answered: AnsweredMessages;

  constructor(private readonly options: TeamsFeaturesOptions) {
    this.answered = new AnsweredMessages(options.storage);
  }

  /** At the start of every turn: in Teams, answers get Teams' feedback buttons and are remembered. */
  watchTurn(context: TurnContext): void {
    watchTeamsAnswers(context, this.answered, this.options.logger);
  }

  /** The response to a Teams invoke, or undefined when the invoke is not one of Teams' features. */
  async onInvoke(context: TurnContext): Promise<InvokeResponse | undefined> {
    const { name, value } = context.activity;
    switch (name) {
      case messageSubmitActionInvoke:
        return handleFeedbackInvoke(context, { answered: this.answered, recorder: this.options.recorder, logger: this.options.logger });
      case queryInvoke:
        return handleSearchQuery(this.options.answerer(), (value ?? {}) as MessagingExtensionQuery);
      default:
        return undefined;
    }
  }
}
