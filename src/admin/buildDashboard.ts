import type { KnowledgeBase } from '../knowledge/types';
import { plainProposal } from './proposals';
import { buildReview } from '../learning/review';
import { lastVotes } from '../learning/reviewVotes';
import type { AskedDecision, AskedEvent, FeedbackEvent, LearningEvent } from '../learning/types';
import { channelGroup } from './channelGroup';
import type { ChannelGroup, Dashboard, DayFigures, EntryRating, Outcome } from './dashboardTypes';

/** Unanswered groups shown: the page is read, not scrolled for ever. */
export const MAX_UNANSWERED_GROUPS = 25;
const DAY_MS = 24 * 60 * 60 * 1000;

/** "Which job?" offers buttons, like "did you mean": counted with it. */
const OUTCOMES: Record<AskedDecision, Outcome> = {
  answer: 'answered',
  suggest: 'suggested',
  'choose-profile': 'suggested',
  'not-available': 'notAvailable',
  fallback: 'unknown',
};

const noChannels = (): Record<ChannelGroup, number> => ({ site: 0, teams: 0, emulator: 0, autre: 0 });
const noOutcomes = (): Record<Outcome, number> => ({ answered: 0, suggested: 0, notAvailable: 0, unknown: 0 });

/**
 * The staff page's figures for the UTC days `from` to `to` (both included), from the records of any store.
 * Unanswered questions are grouped exactly as `kb:review` groups them (its own function).
 *
 * @example buildDashboard(await store.list(from), kb, { from: '2026-11-01', to: '2026-11-29' })
 */
export function buildDashboard(events: readonly LearningEvent[], kb: KnowledgeBase, period: { from: string; to: string }): Dashboard {
  const start = new Date(`${period.from}T00:00:00.000Z`);
  const end = new Date(new Date(`${period.to}T00:00:00.000Z`).getTime() + DAY_MS);
  const inPeriod = events.filter((event) => event.at >= start.toISOString() && event.at < end.toISOString());

  const days = new Map<string, DayFigures>();
  for (let time = start.getTime(); time < end.getTime(); time += DAY_MS) {
    const day = new Date(time).toISOString().slice(0, 10);
    days.set(day, { day, questions: 0, byChannel: noChannels(), byOutcome: noOutcomes() });
  }
  const totals = { questions: 0, byChannel: noChannels(), byOutcome: noOutcomes() };
  for (const event of inPeriod.filter((e): e is AskedEvent => e.type === 'asked')) {
    const figures = days.get(event.at.slice(0, 10));
    if (!figures) continue;
    const channel = channelGroup(event.channel);
    const outcome = OUTCOMES[event.decision];
    for (const counts of [figures, totals]) {
      counts.questions++;
      counts.byChannel[channel]++;
      counts.byOutcome[outcome]++;
    }
  }

  const review = buildReview(inPeriod, kb, { since: start });
  return {
    from: period.from,
    to: period.to,
    records: inPeriod.length,
    days: [...days.values()],
    totals,
    unanswered: review.unanswered.slice(0, MAX_UNANSWERED_GROUPS).map((cluster) => ({ ...cluster, ...plainProposal(cluster, kb) })),
    alternates: review.alternates,
    ratings: entryRatings(inPeriod.filter((e): e is FeedbackEvent => e.type === 'feedback'), kb),
  };
}

/**
 * 👍/👎 per entry, worst first (most 👎, then fewest 👍). As in kb:review, a person's last vote per
 * conversation and entry stands.
 */
export function entryRatings(votes: readonly FeedbackEvent[], kb: KnowledgeBase): EntryRating[] {
  const byEntry = new Map<string, EntryRating>();
  for (const vote of lastVotes(votes)) {
    const entry = kb.byId.get(vote.entryId);
    const rating = byEntry.get(vote.entryId) ?? { entryId: vote.entryId, ...(entry ? { title: entry.title, answer: entry.answer } : {}), up: 0, down: 0 };
    rating[vote.vote]++;
    byEntry.set(vote.entryId, rating);
  }
  return [...byEntry.values()].sort((a, b) => b.down - a.down || a.up - b.up || a.entryId.localeCompare(b.entryId));
}
