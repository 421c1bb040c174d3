import type { IncomingMessage } from '../conversation/incomingMessage';
import type { Activity } from './activity';

/** A message activity as the conversation reads it. */
export function readMessage(activity: Activity): IncomingMessage {
  const profile = (activity.channelData as { profile?: unknown } | undefined)?.profile;
  return {
    text: textWithoutMention(activity),
    value: activity.value,
    conversationId: activity.conversation?.id ?? '',
    channelId: activity.channelId ?? '',
    ...(typeof profile === 'string' && profile !== '' ? { profile } : {}),
  };
}

/**
 * The message's text without the @mention of the bot that group chats (Teams) put in front:
 * the text of the first `mention` entity naming the recipient is taken out, as the SDKs do.
 */
export function textWithoutMention(activity: Activity): string {
  const text = activity.text ?? '';
  const botId = activity.recipient?.id;
  if (!text || !botId) return text.trim();
  const mention = (activity.entities ?? []).find(
    (entity) => entity.type === 'mention' && (entity as { mentioned?: { id?: string } }).mentioned?.id === botId,
  ) as { text?: unknown } | undefined;
  return (typeof mention?.text === 'string' && mention.text !== '' ? text.replace(mention.text, '') : text).trim();
}
