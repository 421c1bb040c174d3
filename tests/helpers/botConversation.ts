import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { decisionTraceName, type DecisionTrace } from '../../src/conversation/decisionTrace';

/** The conversation ids TestAdapter uses for the user and the bot. */
export const testUser = { id: 'user', name: 'User1' };
export const testBot = { id: 'bot', name: 'Bot' };

/**
 * Drives a bot with the SDK's TestAdapter, one turn at a time, returning what the bot sent in that turn
 * (trace activities included).
 */
export function botConversation(bot: { run(context: TurnContext): Promise<void> }, onTurnError?: (context: TurnContext, error: Error) => Promise<void>) {
  const adapter = new TestAdapter((context) => bot.run(context), undefined, true);
  if (onTurnError) adapter.onTurnError = onTurnError;

  async function send(activity: Partial<Activity>): Promise<Array<Partial<Activity>>> {
    adapter.activeQueue.splice(0);
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0);
  }
  return {
    adapter,
    send,
    say: (text: string) => send({ type: 'message', text }),
  };
}

/** The messages (not traces) of a turn. */
export function messagesOf(replies: Array<Partial<Activity>>): Array<Partial<Activity>> {
  return replies.filter((reply) => reply.type === 'message');
}

/** The decision trace of a turn, if any. */
export function decisionOf(replies: Array<Partial<Activity>>): DecisionTrace | undefined {
  const trace = replies.find((reply) => reply.type === 'trace' && reply.name === decisionTraceName);
  return trace?.value as DecisionTrace | undefined;
}

/** The suggested actions of a message, as `{ title, value }`. */
export function actionsOf(reply: Partial<Activity> | undefined): Array<{ type: string; title?: string; value: unknown }> {
  return (reply?.suggestedActions?.actions ?? []).map(({ type, title, value }) => ({ type, title, value }));
}
