import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from '../../logging/createLogger';
import { parseButtonPayload } from '../buttonPayload';
import { decisionTraceName, type DecisionTrace } from '../decisionTrace';
import type { AnsweredMessages } from './answeredMessages';
import { isTeams } from './teamsActivity';

const adaptiveCardType = 'application/vnd.microsoft.card.adaptive';

type CardElement = { type?: string; data?: unknown; body?: unknown; items?: unknown; actions?: unknown };

/**
 * In Teams, an answer also gets Teams' own 👍/👎 under the message (`channelData.feedbackLoopEnabled`),
 * and the bot remembers which entry each answer message showed, so that the `message/submitAction`
 * feedback (which names only the message) is recorded against it, like a vote with the card's buttons.
 *
 * An answer is recognised by what the card renderer already decided: a card with feedback buttons for
 * an entry (small talk and the hand-off get none). Called at the start of every turn; does nothing
 * outside Teams.
 */
export function watchTeamsAnswers(context: TurnContext, answered: AnsweredMessages, logger: Logger): void {
  if (!isTeams(context.activity)) return;
  let trace: DecisionTrace | undefined;

  context.onSendActivities(async (_context, activities, next) => {
    const asked: Array<{ index: number; entryId: string; question?: string }> = [];
    activities.forEach((activity, index) => {
      if (activity.type === 'trace' && activity.name === decisionTraceName) trace = activity.value as DecisionTrace;
      if (activity.type !== 'message') return;
      const entryId = votedEntryOf(activity);
      if (!entryId) return;
      activity.channelData = { ...(activity.channelData as object | undefined), feedbackLoopEnabled: true };
      asked.push({ index, entryId, question: typedQuestion(trace, entryId) });
    });

    const responses = await next();
    const conversationId = context.activity.conversation?.id ?? '';
    for (const { index, entryId, question } of asked) {
      const messageId = responses?.[index]?.id ?? activities[index].id;
      if (!messageId) continue;
      await answered
        .remember(conversationId, { messageId, entryId, ...(question ? { question } : {}) })
        .catch((error: unknown) => logger.warn({ err: error, conversationId }, 'Could not remember a Teams answer; its 👍/👎 will not be recorded'));
    }
    return responses;
  });
}

/** The question typed for this entry in this turn, when the decision came from text (not from a button). */
function typedQuestion(trace: DecisionTrace | undefined, entryId: string): string | undefined {
  if (!trace || trace.via === 'button') return undefined;
  const shown = trace.kind === 'not-available' ? trace.notice : trace.answers[0];
  return shown?.id === entryId ? trace.question : undefined;
}

/** The entry an answer card's 👍/👎 buttons vote on; undefined when the message carries no such card. */
function votedEntryOf(activity: Partial<Activity>): string | undefined {
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType !== adaptiveCardType) continue;
    const entryId = findVoteEntry((attachment.content as CardElement | undefined)?.body);
    if (entryId) return entryId;
  }
  return undefined;
}

function findVoteEntry(elements: unknown): string | undefined {
  if (!Array.isArray(elements)) return undefined;
  for (const element of elements as CardElement[]) {
    const entryId = element.type === 'ActionSet' ? voteEntryOf(element.actions) : findVoteEntry(element.items);
    if (entryId) return entryId;
  }
  return undefined;
}

/** The entry of an action set made only of feedback votes. */
function voteEntryOf(actions: unknown): string | undefined {
  if (!Array.isArray(actions) || actions.length === 0) return undefined;
  const payloads = (actions as CardElement[]).map((action) => parseButtonPayload(action.data));
  if (!payloads.every((payload) => payload?.action === 'feedback')) return undefined;
  return payloads[0]?.entryId;
}
