import { ActivityTypes, type Activity as SdkActivity, type TurnContext } from 'botbuilder';
import type { Activity, ActivityBot } from '../channels/activity';
import { FaqActivityBot, type ActivityBotOptions } from '../channels/activityBot';

export { maxQuestionLength } from '../answering/answeringLimits';
export type { ActivityBotOptions as FaqBotOptions } from '../channels/activityBot';

/**
 * The FAQ bot on botbuilder 4: the shared activity bot (src/channels) run on a botbuilder turn.
 * `run(context)` is what an adapter's logic (or a TestAdapter) calls.
 */
export class FaqBot {
  readonly activityBot: FaqActivityBot;

  constructor(options: ActivityBotOptions) {
    this.activityBot = new FaqActivityBot(options);
  }

  run(context: TurnContext): Promise<void> {
    return runOnContext(this.activityBot, context);
  }
}

/**
 * Runs an SDK-free bot on a botbuilder turn: the activity in, replies out through the context (so the
 * SDK addresses them, posts them to the channel or buffers them for `expectReplies`), and an invoke's
 * result sent as the SDK expects (an `invokeResponse` activity).
 */
export async function runOnContext(bot: ActivityBot, context: TurnContext): Promise<void> {
  const result = await bot.run({
    activity: context.activity as unknown as Activity,
    send: (activities) => context.sendActivities(activities as Array<Partial<SdkActivity>>),
  });
  if (result) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: result });
}
