import { redactPersonalData } from '../learning/scrubText';
import { memoizeText } from './memo';

/** The bot's lines are mostly the knowledge base's own answers: their redaction is computed once. */
const redactBotLine = memoizeText(redactPersonalData, 500);

/** How many lines of the conversation are kept for a hand-off: enough context for an agent, bounded in state. */
export const maxTranscriptLines = 20;
/** Longest text kept per line, so that one long message cannot bloat the stored state. */
export const maxTranscriptLineLength = 1000;
/**
 * Longest text kept of a bot's line: its beginning tells an advisor what the bot answered (the rest is the knowledge
 * base's text, which they have). Whole answers made most of the state, read, copied and written at every turn.
 */
export const maxBotLineLength = 280;

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
  // Redacted before it is cut: an address cut in two might no longer read as one.
  const kept =
    from === 'bot' ? beginning(redactAround(trimmed, publicTexts, redactBotLine), maxBotLineLength) : redactPersonalData(trimmed).slice(0, maxTranscriptLineLength);
  lines.push({ from, text: kept, at: at.toISOString() });
  if (lines.length > maxTranscriptLines) lines.splice(0, lines.length - maxTranscriptLines);
}

/** The text's first `length` characters at most, cut after a word and marked "…" when something was left out. */
function beginning(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  const lastSpace = cut.search(/\s\S*$/);
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
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
