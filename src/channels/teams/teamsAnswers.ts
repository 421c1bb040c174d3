import type { Reply } from '../../conversation/replies';
import type { OutgoingActivity } from '../activity';

/** An answer message about to be sent in Teams, and what it showed. */
export interface TeamsAnswer {
  activity: OutgoingActivity;
  entryId: string;
  question?: string;
}

/**
 * In Teams, an answer that asks for a vote also gets Teams' own 👍/👎 under the message
 * (`channelData.feedbackLoopEnabled`); the bot then remembers which entry each such message showed
 * (see AnsweredMessages), so that the `message/submitAction` feedback, which names only the message,
 * is recorded against it. Small talk and the hand-off ask for no vote.
 */
export function withTeamsFeedback(reply: Reply, activities: OutgoingActivity[]): TeamsAnswer | undefined {
  if (reply.kind !== 'answer' || !reply.feedback) return undefined;
  const activity = activities.find((candidate) => candidate.type === 'message');
  if (!activity) return undefined;
  activity.channelData = { ...(activity.channelData as object | undefined), feedbackLoopEnabled: true };
  return { activity, entryId: reply.entry.id, ...(reply.question !== undefined ? { question: reply.question } : {}) };
}
