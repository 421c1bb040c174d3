import { ActivityTypes, Channels, DeliveryModes, type Activity, type InvokeResponse } from 'botbuilder';

/**
 * Keeps trace activities (decision traces with entry ids, scores and the question; turn errors) for the
 * Emulator only, in the replies a caller gets back with `deliveryMode: expectReplies`.
 *
 * Why here: the SDK drops traces for other channels when it posts replies to the channel, but the replies it
 * buffers for `expectReplies` skip that step and come back whole to whoever asked, on any channel. The
 * bot's own hooks still see every trace, as with ordinary delivery.
 */
export function withoutTracesOutsideEmulator(activity: Activity, response: InvokeResponse | undefined): InvokeResponse | undefined {
  if (activity.deliveryMode !== DeliveryModes.ExpectReplies || activity.channelId === Channels.Emulator) return response;
  const body = response?.body as { activities?: Array<Partial<Activity>> } | undefined;
  if (!response || !Array.isArray(body?.activities)) return response;
  return { ...response, body: { ...body, activities: body.activities.filter((reply) => reply.type !== ActivityTypes.Trace) } };
}
