import type { Activity } from '../activity';

/** The `channelId` of Microsoft Teams (and of the Agents Playground in Teams mode). */
export const teamsChannelId = 'msteams';

/** Where a Teams conversation takes place: a one-to-one chat, a group chat, or a team's channel. */
export type ConversationScope = 'personal' | 'groupChat' | 'channel';

export function isTeams(activity: Partial<Activity>): boolean {
  return (activity.channelId ?? '').toLowerCase() === teamsChannelId;
}

/** Teams says `personal`, `groupChat` or `channel`; other channels say nothing, which reads as one-to-one. */
export function conversationScope(activity: Partial<Activity>): ConversationScope {
  const type = activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' ? type : 'personal';
}

/** True when the message @mentions the bot itself (a `mention` entity naming the recipient). */
export function mentionsRecipient(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  if (!botId) return false;
  return (activity.entities ?? []).some(
    (entity) => entity.type === 'mention' && (entity as { mentioned?: { id?: string } }).mentioned?.id === botId,
  );
}

/**
 * Whether a message is for the bot. Never a card shared from the message extension. In a one-to-one
 * chat, anything else. In a group chat or a channel, people talk to each other: the bot answers only
 * when @mentioned, or when a button of one of its own cards was pressed (a `messageBack` arrives with
 * its payload in `value` and no mention).
 */
export function isAddressedToBot(activity: Partial<Activity>): boolean {
  if (isSharedCard(activity)) return false;
  if (conversationScope(activity) === 'personal') return true;
  if (activity.value !== undefined && activity.value !== null) return true;
  return mentionsRecipient(activity);
}

/**
 * A card someone posted from a message extension (ours: an answer shared with colleagues), with no
 * words of their own: Teams delivers it to the bot like a message, but it is not a question. Its text
 * is empty or only the markup of the inserted card.
 */
export function isSharedCard(activity: Partial<Activity>): boolean {
  const hasCard = (activity.attachments ?? []).some((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive');
  const words = (activity.text ?? '').replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').trim();
  return hasCard && words === '' && (activity.value === undefined || activity.value === null);
}

/**
 * Whether to greet people who join. In a one-to-one chat, yes; in a group chat or a channel, a
 * greeting for every newcomer of a team would flood it, and people there ask by @mentioning the bot.
 */
export function greetsNewMembers(activity: Partial<Activity>): boolean {
  return conversationScope(activity) === 'personal';
}

/**
 * A channel thread's conversation id carries the thread's root message (`19:...@thread.tacv2;messageid=123`);
 * the same conversation without it, so that records of one channel thread are found from any of its activities.
 */
export function baseConversationId(conversationId: string): string {
  return conversationId.split(';messageid=')[0];
}
