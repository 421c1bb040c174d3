import type { KnowledgeBase } from '../knowledge/types';
import { phrasingKey } from './questionTerms';
import { alternateProposals, DEFAULT_MIN_CONVERSATIONS } from './reviewAlternates';
import type { Review } from './reviewTypes';
import { clusterUnanswered, DEFAULT_CLUSTER_SIMILARITY } from './reviewUnanswered';
import { dislikedEntries } from './reviewVotes';
import type { FeedbackEvent, LearningEvent, SuggestionPickedEvent, UnansweredEvent } from './types';

export interface ReviewOptions {
  /** Start of the period the records cover. */
  since: Date;
  /** Similarity from which unanswered questions are grouped (0-1, default 0.5). */
  clusterSimilarity?: number;
  /** Picks a typed text needs before it is proposed (default 1). */
  minPicks?: number;
  /** Distinct conversations a typed text needs before it is proposed (default 3). */
  minConversations?: number;
}

/**
 * What support staff should look at next, from the learning records and the current knowledge base.
 * A question later resolved through "did you mean" in the same conversation is not listed as
 * unanswered: it shows up as an alternate-question proposal instead.
 *
 * @example buildReview(await store.list(since), kb, { since }).alternates[0]
 */
export function buildReview(events: readonly LearningEvent[], kb: KnowledgeBase, options: ReviewOptions): Review {
  const unanswered = events.filter((e): e is UnansweredEvent => e.type === 'unanswered');
  const picked = events.filter((e): e is SuggestionPickedEvent => e.type === 'suggestion-picked');
  const votes = events.filter((e): e is FeedbackEvent => e.type === 'feedback');

  const resolved = new Set(picked.map((pick) => `${pick.conversation}\u0000${phrasingKey(pick.typed)}`));
  const stillUnanswered = unanswered.filter((event) => !resolved.has(`${event.conversation}\u0000${phrasingKey(event.question)}`));

  const disliked = dislikedEntries(votes, kb);
  const downvotes = new Map(disliked.map((votes) => [votes.entryId, votes.down]));
  return {
    since: options.since.toISOString(),
    records: events.length,
    unanswered: clusterUnanswered(stillUnanswered, kb, options.clusterSimilarity ?? DEFAULT_CLUSTER_SIMILARITY),
    disliked,
    alternates: alternateProposals(picked, kb, options.minPicks ?? 1, options.minConversations ?? DEFAULT_MIN_CONVERSATIONS, downvotes),
  };
}
