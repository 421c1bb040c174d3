import type { Activity as SdkActivity } from '@microsoft/agents-activity';
import type { Activity, InvokeResult } from '../channels/activity';

/**
 * An SDK activity as JSON on the wire: the SDK's class keeps the channel in `_channelId` and calls the bot
 * `relatesTo.agent`; serialized as it is, an expectReplies body would carry those names.
 */
export function toWireActivity(activity: SdkActivity | Activity): Activity {
  const sdk = activity as SdkActivity & { _channelId?: string; relatesTo?: { agent?: unknown; bot?: unknown } };
  const { _channelId: _internal, ...plain } = JSON.parse(JSON.stringify(sdk)) as Record<string, unknown> & { relatesTo?: Record<string, unknown> };
  if (sdk.channelId !== undefined) plain.channelId = sdk.channelId;
  if (plain.relatesTo && 'agent' in plain.relatesTo) {
    const { agent, ...reference } = plain.relatesTo;
    plain.relatesTo = { ...reference, bot: agent };
  }
  return plain as unknown as Activity;
}

/**
 * The replies buffered for `deliveryMode: expectReplies`, as JSON, with trace activities (decision traces, turn
 * errors) kept for the Emulator only: the SDK drops traces for other channels when it posts to the channel, but
 * not from the replies it buffers, which go back whole to whoever asked (botbuilder has the same gap).
 */
export function expectedRepliesBody(incoming: Activity, result: InvokeResult): InvokeResult {
  const body = result.body as { activities?: Array<SdkActivity | Activity> } | undefined;
  if (incoming.deliveryMode !== 'expectReplies' || !Array.isArray(body?.activities)) return result;
  const keepTraces = incoming.channelId === 'emulator';
  const activities = body.activities.map(toWireActivity).filter((reply) => keepTraces || reply.type !== 'trace');
  return { ...result, body: { ...body, activities } };
}
