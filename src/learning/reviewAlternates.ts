import type { KnowledgeBase } from '../knowledge/types';
import { notPlainQuestion } from './plainQuestion';
import { phrasingKey } from './questionTerms';
import { mostFrequent } from './reviewUnanswered';
import type { AlternateProposal } from './reviewTypes';
import type { SuggestionPickedEvent } from './types';

/** Typed texts outside these bounds (in characters) make poor questions: a word or two, or a whole message. */
export const ALTERNATE_LENGTH = Object.freeze({ min: 4, max: 150 });
// Placeholders left by scrubText: a question holding someone's number is not a phrasing to keep.
const SCRUBBED = /\[(e-mail|numéro)\]/;

/** Distinct conversations a typed text needs before it is proposed: one person alone cannot add a question. */
export const DEFAULT_MIN_CONVERSATIONS = 3;

/**
 * "Did you mean" choices worth adding as alternate questions: what people typed, for the entry they
 * picked, when the typed text is not already one of the base's questions, was typed in at least
 * `minConversations` distinct conversations, and is plain words (no link, no markup). Most picked first.
 * `downvotes` (entry id -> 👎) marks proposals for an entry people disliked: its answer needs a look first.
 */
export function alternateProposals(
  events: readonly SuggestionPickedEvent[],
  kb: KnowledgeBase,
  minPicks = 1,
  minConversations = DEFAULT_MIN_CONVERSATIONS,
  downvotes: ReadonlyMap<string, number> = new Map(),
): AlternateProposal[] {
  const known = new Set(kb.entries.flatMap((entry) => entry.questions.map(phrasingKey)));
  const groups = new Map<string, SuggestionPickedEvent[]>();
  for (const event of events) {
    const key = `${event.pickedId}\u0000${phrasingKey(event.typed)}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }

  const proposals: AlternateProposal[] = [];
  for (const picks of groups.values()) {
    const entry = kb.byId.get(picks[0].pickedId);
    const question = mostFrequent(picks.map((pick) => pick.typed.trim()));
    if (!entry || entry.contextOnly || picks.length < minPicks) continue;
    if (known.has(phrasingKey(question)) || SCRUBBED.test(question)) continue;
    if (question.length < ALTERNATE_LENGTH.min || question.length > ALTERNATE_LENGTH.max) continue;
    if (notPlainQuestion(question)) continue;
    const conversations = new Set(picks.map((pick) => pick.conversation)).size;
    if (conversations < minConversations) continue;
    const down = downvotes.get(entry.id) ?? 0;
    proposals.push({
      entryId: entry.id,
      title: entry.title,
      file: entry.location.file,
      question,
      picks: picks.length,
      conversations,
      ...(down > 0 && { downvotes: down }),
    });
  }
  return proposals.sort((a, b) => b.picks - a.picks || b.conversations - a.conversations || a.question.localeCompare(b.question));
}
