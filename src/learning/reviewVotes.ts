import type { KnowledgeBase } from '../knowledge/types';
import type { EntryVotes } from './reviewTypes';
import type { FeedbackEvent } from './types';

/** Questions shown per disliked entry: enough to see what people expected. */
export const MAX_DOWN_QUESTIONS = 3;

/** The votes that stand: a person who changes their mind counts once, by their last vote per conversation and entry. */
export function lastVotes(events: readonly FeedbackEvent[]): Iterable<FeedbackEvent> {
  const last = new Map<string, FeedbackEvent>();
  for (const event of events) last.set(`${event.conversation}\u0000${event.entryId}`, event);
  return last.values();
}

/**
 * Entries with at least one 👎, the most 👎 first (then the fewest 👍), with their 👍 count.
 * A person who changes their mind counts once: their last vote per conversation and entry stands.
 */
export function dislikedEntries(events: readonly FeedbackEvent[], kb: KnowledgeBase): EntryVotes[] {
  const byEntry = new Map<string, EntryVotes>();
  for (const event of lastVotes(events)) {
    const entry = kb.byId.get(event.entryId);
    const votes = byEntry.get(event.entryId) ?? {
      entryId: event.entryId,
      ...(entry ? { title: entry.title, file: entry.location.file } : {}),
      up: 0,
      down: 0,
      downQuestions: [],
    };
    votes[event.vote]++;
    const question = event.question?.trim();
    if (event.vote === 'down' && question && votes.downQuestions.length < MAX_DOWN_QUESTIONS && !votes.downQuestions.includes(question)) {
      votes.downQuestions.push(question);
    }
    byEntry.set(event.entryId, votes);
  }
  return [...byEntry.values()].filter((votes) => votes.down > 0).sort((a, b) => b.down - a.down || a.up - b.up || a.entryId.localeCompare(b.entryId));
}
