import { ActivityTypes, RoleTypes, type Activity, type ChannelAccount, type Transcript, type TurnContext } from 'botbuilder';
import { redactPersonalData } from '../learning/scrubText';
import { messages } from './messages';

/** How many lines of the conversation are kept for a hand-off: enough context for an agent, bounded in state. */
export const maxTranscriptLines = 20;
/** Longest text kept per line, so that one long message cannot bloat the stored state. */
export const maxTranscriptLineLength = 1000;

/** One line of the conversation, kept in conversation state (no user id: the transcript is rebuilt per turn). */
export interface TranscriptLine {
  from: 'user' | 'bot';
  text: string;
  /** ISO date-time. */
  at: string;
}

/**
 * Adds a line, dropping the oldest ones beyond `maxTranscriptLines`. Empty texts are not kept.
 * E-mails, phone and account numbers are redacted like in learning records, from the bot's lines too
 * (they may quote the visitor: "Vouliez-vous dire…"): the transcript is stored with the conversation.
 */
export function appendLine(lines: TranscriptLine[], from: TranscriptLine['from'], text: string, at = new Date()): void {
  const trimmed = text.trim();
  if (trimmed === '') return;
  lines.push({ from, text: redactPersonalData(trimmed.slice(0, maxTranscriptLineLength)), at: at.toISOString() });
  if (lines.length > maxTranscriptLines) lines.splice(0, lines.length - maxTranscriptLines);
}

/** What a transcript keeps of an outgoing message: its text, or the fallback text of its card. */
export function transcriptText(activity: Partial<Activity>): string {
  if (activity.text) return activity.text;
  const texts = (activity.attachments ?? []).map((attachment) => {
    const content = attachment.content as { fallbackText?: unknown } | undefined;
    return typeof content?.fallbackText === 'string' ? content.fallbackText : '';
  });
  return texts.filter(Boolean).join('\n\n');
}

/**
 * The visitor as an agent's tool sees them: their channel id and a neutral label. The display name is whatever
 * the visitor's client sent (on the website, anything typed into a page, markup included), so it is not passed on.
 */
export function visitorAccount(from: ChannelAccount): ChannelAccount {
  return { id: from.id, name: messages.visitorLabel, role: RoleTypes.User };
}

/** The kept lines as Bot Framework activities, addressed between this turn's user and bot. */
export function toTranscript(lines: readonly TranscriptLine[], context: TurnContext): Transcript {
  const { recipient: bot, conversation, channelId } = context.activity;
  const user = visitorAccount(context.activity.from);
  const activities = lines.map(
    (line) =>
      ({
        type: ActivityTypes.Message,
        channelId,
        conversation,
        from: line.from === 'user' ? user : { ...bot, role: RoleTypes.Bot },
        recipient: line.from === 'user' ? bot : user,
        text: line.text,
        timestamp: new Date(line.at),
      }) as Activity,
  );
  return { activities };
}
