import { Activity as SdkActivity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { Activity, ActivityBot, OutgoingActivity } from '../channels/activity';
import type { Logger } from '../logging/createLogger';

/**
 * The turn as the SDK runs it: the bot gets the activity as it arrived (plain JSON) and sends through the
 * turn's context (the SDK addresses replies, posts them or buffers them for expectReplies); an invoke's result
 * goes back as the SDK expects it, an `invokeResponse` activity.
 */
export function turnLogic(bot: ActivityBot, activity: Activity): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const result = await bot.run({ activity, send: (activities) => sendThrough(context, activities) });
    if (activity.type === 'invoke' && result) {
      await context.sendActivity(SdkActivity.fromObject({ type: 'invokeResponse', value: result }));
    }
  };
}

async function sendThrough(context: TurnContext, activities: OutgoingActivity[]): Promise<Array<{ id?: string }>> {
  // The SDK refuses an empty batch; a reply without a type is a message, as with botbuilder.
  if (activities.length === 0) return [];
  const responses = await context.sendActivities(activities.map((activity) => SdkActivity.fromObject({ ...activity, type: activity.type ?? 'message' })));
  // In expectReplies mode the SDK answers `{ id: '' }`: no id yet.
  return responses.map((response) => (response?.id ? { id: response.id } : {}));
}

/**
 * The adapter's last resort when a turn throws: one log line, a trace (which reaches the Emulator only), and
 * `message` to the user when given. Never rethrows: one bad turn cannot take the process down.
 */
export function turnErrorHandler(logger: Logger, message?: string) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const { channelId, conversation, type } = context.activity;
    logger.error({ err: error, channelId, conversationId: conversation?.id, activityType: type }, 'Unhandled error during a bot turn');
    try {
      await context.sendTraceActivity('OnTurnError Trace', error.message, 'https://www.botframework.com/schemas/error', 'TurnError');
      if (message) await context.sendActivity(message);
    } catch (sendError) {
      // The channel itself may be what failed (connector down): nothing more to tell the user.
      logger.error({ err: sendError }, 'Could not send the error message to the user');
    }
  };
}
