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
export function appendLine(
  lines: TranscriptLine[],
  from: TranscriptLine['from'],
  text: string,
  at = new Date(),
  /** Texts left as they are in the bot's lines: the deployment's own public contacts (hand-off e-mail, phone). */
  publicTexts: readonly string[] = [],
): void {
  const trimmed = text.trim();
  if (trimmed === '') return;
  const kept = trimmed.slice(0, maxTranscriptLineLength);
  lines.push({ from, text: from === 'bot' ? redactAround(kept, publicTexts, redactBotLine) : redactPersonalData(kept), at: at.toISOString() });
  if (lines.length > maxTranscriptLines) lines.splice(0, lines.length - maxTranscriptLines);
}

/**
 * Redacts the text between the occurrences of `publicTexts`, which stay as they are: the advisor must read
 * the contact the bot gave, not "[e-mail]", and a visitor's own e-mail is still redacted around it.
 */
function redactAround(text: string, publicTexts: readonly string[], redact: (text: string) => string): string {
  const present = publicTexts.filter((publicText) => publicText !== '' && text.includes(publicText));
  if (present.length === 0) return redact(text);
  const [first, ...others] = present;
  return text
    .split(first)
    .map((part) => redactAround(part, others, redact))
    .join(first);
}
