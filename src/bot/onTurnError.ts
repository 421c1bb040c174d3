import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logging/createLogger';
import { messages } from '../conversation/messages';

/**
 * The adapter's last resort when a turn throws: log it, tell the user in French, show the error
 * in the Emulator (trace activities reach the Emulator only). Never rethrows, so one bad turn
 * cannot take the process down.
 */
export function createOnTurnError(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const activity = context.activity;
    logger.error(
      { err: error, channelId: activity.channelId, conversationId: activity.conversation?.id, activityType: activity.type },
      'Unhandled error during a bot turn',
    );
    try {
      await context.sendTraceActivity(
        'OnTurnError Trace',
        String(error instanceof Error ? error.message : error),
        'https://www.botframework.com/schemas/error',
        'TurnError',
      );
      await context.sendActivity(messages.turnError);
    } catch (sendError) {
      // The channel itself may be what failed (connector down): nothing more to tell the user.
      logger.error({ err: sendError }, 'Could not send the error message to the user');
    }
  };
}
