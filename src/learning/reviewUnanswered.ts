import type { KnowledgeBase } from '../knowledge/types';
import { createQuestionTerms, phrasingKey, similarity } from './questionTerms';
import type { UnansweredCluster } from './reviewTypes';
import type { UnansweredEvent } from './types';

/** Groups whose seed shares at least this much (Dice over stems) with a phrasing take it in. */
export const DEFAULT_CLUSTER_SIMILARITY = 0.5;

interface Phrasing {
  key: string;
  events: UnansweredEvent[];
  /** The spelling typed most often. */
  text: string;
}

/**
 * Unanswered questions grouped by similarity, biggest group first.
 * Phrasings are taken most frequent first; each joins the group whose seed (its first, most frequent
 * phrasing) is most similar, if similar enough, else starts a group. Comparing with the seed rather
 * than with every member keeps groups from drifting along a chain of near neighbours.
 */
export function clusterUnanswered(events: readonly UnansweredEvent[], kb: KnowledgeBase, minSimilarity = DEFAULT_CLUSTER_SIMILARITY): UnansweredCluster[] {
  const termsOf = createQuestionTerms(kb);
  const groups: Array<{ seed: ReadonlySet<string>; phrasings: Phrasing[] }> = [];

  for (const phrasing of phrasingsOf(events)) {
    const terms = termsOf(phrasing.text);
    let best: (typeof groups)[number] | undefined;
    let bestScore = minSimilarity;
    for (const group of groups) {
      const score = similarity(terms, group.seed);
      if (score >= bestScore) [best, bestScore] = [group, score];
    }
    if (best) best.phrasings.push(phrasing);
    else groups.push({ seed: terms, phrasings: [phrasing] });
  }

  return groups
    .map((group) => toCluster(group.phrasings, kb))
    .sort((a, b) => b.count - a.count || b.conversations - a.conversations || a.label.localeCompare(b.label));
}

function phrasingsOf(events: readonly UnansweredEvent[]): Phrasing[] {
  const byKey = new Map<string, UnansweredEvent[]>();
  for (const event of events) {
    const key = phrasingKey(event.question);
    byKey.set(key, [...(byKey.get(key) ?? []), event]);
  }
  return [...byKey]
    .map(([key, grouped]) => ({ key, events: grouped, text: mostFrequent(grouped.map((event) => event.question.trim())) }))
    .sort((a, b) => b.events.length - a.events.length || a.key.localeCompare(b.key));
}

function toCluster(phrasings: Phrasing[], kb: KnowledgeBase): UnansweredCluster {
  const events = phrasings.flatMap((phrasing) => phrasing.events);
  const decisions = { fallback: 0, suggest: 0, 'not-available': 0 };
  for (const event of events) decisions[event.decision]++;
  const closestIds = events.map((event) => event.candidates[0]?.id).filter((id): id is string => id !== undefined);
  const closestId = closestIds.length > 0 ? mostFrequent(closestIds) : undefined;
  return {
    label: phrasings[0].text,
    count: events.length,
    conversations: new Set(events.map((event) => event.conversation)).size,
    phrasings: phrasings.map((phrasing) => ({ text: phrasing.text, count: phrasing.events.length })),
    decisions,
    ...(closestId
      ? { closest: { id: closestId, title: kb.byId.get(closestId)?.title, count: closestIds.filter((id) => id === closestId).length } }
      : {}),
  };
}

/** The most frequent value; ties go to the first seen. */
export function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0];
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value;
  return best;
}
