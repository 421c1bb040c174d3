import type { Conversation } from '../../conversation/conversation';
import type { Logger } from '../../logging/createLogger';
import type { Activity, InvokeResult } from '../activity';
import type { AnsweredMessages } from './answeredMessages';

/** The invoke Teams sends when someone presses its own 👍/👎 under a message (and fills the optional form). */
export const messageSubmitActionInvoke = 'message/submitAction';

export interface TeamsFeedback {
  reaction: 'like' | 'dislike';
  /** What the person wrote in Teams' form, if anything (not recorded: the learning loop keeps votes only). */
  feedback?: string;
}

/**
 * Reads `{ actionName: 'feedback', actionValue: { reaction: 'like' | 'dislike', feedback } }`;
 * undefined for anything else.
 */
export function parseTeamsFeedback(value: unknown): TeamsFeedback | undefined {
  const { actionName, actionValue } = (value ?? {}) as { actionName?: unknown; actionValue?: { reaction?: unknown; feedback?: unknown } };
  if (actionName !== 'feedback') return undefined;
  const reaction = actionValue?.reaction;
  if (reaction !== 'like' && reaction !== 'dislike') return undefined;
  const feedback = actionValue?.feedback;
  return { reaction, ...(typeof feedback === 'string' ? { feedback } : feedback ? { feedback: JSON.stringify(feedback) } : {}) };
}

export interface FeedbackInvokeServices {
  answered: AnsweredMessages;
  conversation: Conversation;
  logger: Logger;
}

/**
 * Records Teams' 👍/👎 like the card buttons' votes elsewhere: the entry the message showed (found by
 * the message's id, `replyToId`), up or down, and the question it answered. Teams expects 200 with an
 * empty body; a vote on a message the bot no longer knows is acknowledged all the same.
 */
export async function handleFeedbackInvoke(activity: Activity, services: FeedbackInvokeServices): Promise<InvokeResult> {
  const feedback = parseTeamsFeedback(activity.value);
  if (!feedback) return { status: 400 };

  const conversationId = activity.conversation?.id ?? '';
  // Teams names the message voted on; the Agents Playground sends no replyToId: its vote goes to the
  // conversation's latest answer, the one a person has just read.
  const messageId = activity.replyToId || undefined;
  const answer = await services.answered.find(conversationId, messageId).catch((error: unknown) => {
    services.logger.warn({ err: error, conversationId }, 'Could not read which entry a Teams message showed');
    return undefined;
  });
  if (!answer) {
    services.logger.info({ conversationId, messageId }, 'Teams feedback on a message that is not a known answer: not recorded');
    return { status: 200 };
  }
  await services.conversation.recordVote({
    entryId: answer.entryId,
    vote: feedback.reaction === 'like' ? 'up' : 'down',
    ...(answer.question ? { question: answer.question } : {}),
    conversationId,
  });
  return { status: 200 };
}
