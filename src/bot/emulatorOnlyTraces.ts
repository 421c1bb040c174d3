import { ActivityTypes, Channels, type TurnContext } from 'botbuilder';

/**
 * Keeps trace activities (decision traces with entry ids, scores and the question; turn errors) for the
 * Emulator only. The SDK drops them for other channels when it posts replies, but not from the replies it
 * buffers for `deliveryMode: expectReplies`, which any caller can ask for: they are removed here, for both.
 */
export async function emulatorOnlyTraces(context: TurnContext, next: () => Promise<void>): Promise<void> {
  if (context.activity.channelId !== Channels.Emulator) {
    context.onSendActivities(async (_context, activities, sendNext) => {
      for (let i = activities.length - 1; i >= 0; i--) {
        if (activities[i].type === ActivityTypes.Trace) activities.splice(i, 1);
      }
      // The adapter refuses to send an empty batch: a batch of traces only ends here.
      return activities.length > 0 ? sendNext() : [];
    });
  }
  await next();
}
