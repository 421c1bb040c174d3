import type { LearningEvent } from './types';

const isString = (value: unknown): value is string => typeof value === 'string';
const isCandidate = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && isString((value as { id?: unknown }).id) && typeof (value as { score?: unknown }).score === 'number';

/**
 * A stored record read back (a JSON line, a blob), checked field by field; undefined when it is not one.
 * Records are written by us, but files outlive versions and can be edited: the review must not trip on one.
 */
export function parseLearningEvent(value: unknown): LearningEvent | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (!isString(record.at) || Number.isNaN(Date.parse(record.at)) || !isString(record.conversation)) return undefined;
  switch (record.type) {
    case 'unanswered':
      return isString(record.question) &&
        (record.decision === 'fallback' || record.decision === 'suggest' || record.decision === 'not-available') &&
        Array.isArray(record.candidates) &&
        record.candidates.every(isCandidate)
        ? (record as unknown as LearningEvent)
        : undefined;
    case 'suggestion-picked':
      return isString(record.typed) && isString(record.pickedId) ? (record as unknown as LearningEvent) : undefined;
    case 'feedback':
      return isString(record.entryId) && (record.vote === 'up' || record.vote === 'down') && (record.question === undefined || isString(record.question))
        ? (record as unknown as LearningEvent)
        : undefined;
    case 'asked':
      return isString(record.channel) &&
        ['answer', 'suggest', 'not-available', 'fallback', 'choose-profile'].includes(record.decision as string) &&
        (record.entryId === undefined || isString(record.entryId))
        ? (record as unknown as LearningEvent)
        : undefined;
    default:
      return undefined;
  }
}

/** Parses JSON lines, skipping blank and malformed ones. */
export function parseJsonLines(text: string): LearningEvent[] {
  const events: LearningEvent[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const event = parseLearningEvent(JSON.parse(line));
      if (event) events.push(event);
    } catch {
      // A line cut by a crash mid-append: skipped.
    }
  }
  return events;
}

/** Oldest first, and only from `since`. */
export function since(events: LearningEvent[], from: Date): LearningEvent[] {
  const start = from.toISOString();
  return events.filter((event) => event.at >= start).sort((a, b) => a.at.localeCompare(b.at));
}
