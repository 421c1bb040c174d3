import type { Activity, ActivityBot, OutgoingActivity } from '../../channels/activity';
import type { DirectLineConversations } from './conversations';
import type { ChannelActivity } from './types';

/** The channel id Azure's Direct Line gives Web Chat conversations: the bot renders for it the same way. */
export const webChatChannelId = 'webchat';

/** A `serviceUrl` is required on every activity; nothing is ever sent there (`.invalid` never resolves). */
export const builtinServiceUrl = 'https://directline.builtin.invalid/';

/** Runs turns of the bot for activities of the built-in Direct Line. */
export interface BotTurns {
  run(activity: ChannelActivity): Promise<void>;
}

/**
 * The request is already trusted (the visitor's token was checked by the route), so no SDK is involved:
 * the SDK-free bot runs the turn, and its replies, addressed like a channel's connector would address
 * them, go straight into the conversation store. Why not HTTP to ourselves: no loop through the network,
 * no public endpoint that would need guarding, no Azure AD token to fetch when the bot has an App ID.
 * Trace activities stay out, as the SDKs keep them for the Emulator.
 */
export function createBotTurns(bot: ActivityBot, store: DirectLineConversations): BotTurns {
  return {
    async run(channelActivity) {
      const activity = { ...channelActivity, serviceUrl: builtinServiceUrl } as Activity;
      const conversationId = activity.conversation?.id ?? '';
      await bot.run({
        activity,
        send: async (activities) => {
          // All the replies of one send in one step: their watermarks keep the order the bot sent them in.
          const shown = activities.filter((reply) => reply.type !== 'trace');
          const ids = shown.length > 0 ? await store.append(conversationId, shown.map((reply) => toWire(addressed(reply, activity)))) : [];
          // What a connector answers for a conversation it does not know (expired meanwhile).
          if (!ids) throw new Error(`Conversation ${conversationId} not found (expired?)`);
          let next = 0;
          return activities.map((reply) => (reply.type === 'trace' ? undefined : { id: ids[next++] }));
        },
      });
    },
  };
}

/** A reply addressed as a connector addresses it: from the bot, to the visitor, in reply to their activity. */
function addressed(reply: OutgoingActivity, incoming: Activity): OutgoingActivity {
  return {
    ...reply,
    channelId: incoming.channelId,
    conversation: incoming.conversation,
    from: incoming.recipient,
    recipient: incoming.from,
    ...(incoming.id ? { replyToId: incoming.id } : {}),
    ...(incoming.locale && !reply.locale ? { locale: incoming.locale } : {}),
  };
}

/** The activity as the client will read it: JSON (ISO dates), stamped by the channel, without the channel's own URL. */
function toWire(activity: OutgoingActivity): ChannelActivity {
  const wire = JSON.parse(JSON.stringify(activity)) as ChannelActivity;
  delete wire.serviceUrl;
  delete wire.id;
  wire.timestamp = new Date().toISOString();
  return wire;
}
