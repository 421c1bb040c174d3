import { redactPersonalData } from '../learning/scrubText';
import { memoizeText } from './memo';

/** The bot's lines are mostly the knowledge base's own answers: their redaction is computed once. */
const redactBotLine = memoizeText(redactPersonalData, 500);

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
  const kept = trimmed.slice(0, maxTranscriptLineLength);
  lines.push({ from, text: from === 'bot' ? redactBotLine(kept) : redactPersonalData(kept), at: at.toISOString() });
  if (lines.length > maxTranscriptLines) lines.splice(0, lines.length - maxTranscriptLines);
}
