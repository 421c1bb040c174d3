import { randomUUID } from 'node:crypto';
import { messages } from '../conversation/messages';
import type { Reply } from '../conversation/replies';
import type { TranscriptLine } from '../conversation/transcript';
import type { Activity, ChannelAccount, ConversationReference, OutgoingActivity } from './activity';

/** The Bot Framework event a live-agent hub listens for. */
export const handoffInitiateEvent = 'handoff.initiate';

type HandoffReply = Extract<Reply, { kind: 'handoff' }>;

/**
 * The Bot Framework `handoff.initiate` event (as the SDKs' `EventFactory.createHandoffInitiation` builds
 * it), with the conversation so far as its transcript attachment, so that a live-agent hub on the
 * channel can take over. The visitor is named like in the transcript, never by their display name.
 */
export function handoffEvent(incoming: Activity, reply: HandoffReply): OutgoingActivity {
  const reference = conversationReference(incoming);
  return {
    type: 'event',
    name: handoffInitiateEvent,
    value: reply.request,
    id: randomUUID(),
    timestamp: new Date(),
    conversation: incoming.conversation,
    from: incoming.from,
    relatesTo: { ...reference, user: visitorAccount(incoming.from) },
    replyToId: incoming.id,
    serviceUrl: incoming.serviceUrl,
    channelId: incoming.channelId,
    attachments: [{ contentType: 'application/json', name: 'Transcript', content: { activities: transcriptActivities(reply.transcript, incoming) } }],
    entities: [],
  };
}

/**
 * The visitor as an agent's tool sees them: their channel id and a neutral label. The display name is whatever
 * the visitor's client sent (on the website, anything typed into a page, markup included), so it is not passed on.
 */
export function visitorAccount(from: ChannelAccount | undefined): ChannelAccount {
  return { id: from?.id ?? '', name: messages.visitorLabel, role: 'user' };
}

/** The kept lines as Bot Framework activities, addressed between this turn's user and bot. */
export function transcriptActivities(lines: readonly TranscriptLine[], incoming: Activity): Activity[] {
  const { recipient: bot, conversation, channelId } = incoming;
  const user = visitorAccount(incoming.from);
  const botAccount: ChannelAccount = { id: bot?.id ?? '', ...(bot?.name ? { name: bot.name } : {}), role: 'bot' };
  return lines.map((line) => ({
    type: 'message',
    channelId,
    conversation,
    from: line.from === 'user' ? user : botAccount,
    recipient: line.from === 'user' ? botAccount : user,
    text: line.text,
    timestamp: new Date(line.at),
  }));
}

function conversationReference(activity: Activity): ConversationReference {
  return {
    activityId: activity.id,
    user: activity.from,
    bot: activity.recipient,
    conversation: activity.conversation ?? { id: '' },
    channelId: activity.channelId ?? '',
    serviceUrl: activity.serviceUrl ?? '',
    ...(activity.locale ? { locale: activity.locale } : {}),
  };
}
