/** What the staff page (`/admin`) shows, computed from the learning records and the knowledge base. */
import type { AlternateProposal, UnansweredCluster } from '../learning/reviewTypes';

/** Channels as the page groups them: the website widget, Teams, the Emulator, anything else. */
export type ChannelGroup = 'site' | 'teams' | 'emulator' | 'autre';

/** The four outcomes of a question the page follows over time. */
export type Outcome = 'answered' | 'suggested' | 'notAvailable' | 'unknown';

export interface DayFigures {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  questions: number;
  byChannel: Record<ChannelGroup, number>;
  byOutcome: Record<Outcome, number>;
}

/** An unanswered group as kb:review lists it, with what the page proposes to do about it. */
export interface UnansweredGroup extends UnansweredCluster {
  /** Adding the group's phrasing to its closest entry (absent when no entry is close: a new entry is needed). */
  proposal?: AlternateProposal;
  /** The closest entry already has the group's phrasing (added earlier): nothing left to add. */
  alreadyIn?: { entryId: string; title: string };
}

/** 👍/👎 of one entry, with its answer at hand. */
export interface EntryRating {
  entryId: string;
  title?: string;
  answer?: string;
  up: number;
  down: number;
}

export interface Dashboard {
  from: string;
  to: string;
  /** Records read in the period (all kinds). */
  records: number;
  days: DayFigures[];
  totals: { questions: number; byChannel: Record<ChannelGroup, number>; byOutcome: Record<Outcome, number> };
  unanswered: UnansweredGroup[];
  /** kb:review's own proposals: texts typed before picking an entry in "Vouliez-vous dire…". */
  alternates: AlternateProposal[];
  ratings: EntryRating[];
}
