/** What `npm run kb:review` shows support staff, computed from the learning records and the knowledge base. */

/** Similar unanswered questions, counted together. */
export interface UnansweredCluster {
  /** The most frequent phrasing, as typed. */
  label: string;
  /** How many times questions of this group went unanswered. */
  count: number;
  /** In how many distinct conversations (one person asking five times counts once here). */
  conversations: number;
  /** Each distinct phrasing (after normalisation) with its count, most frequent first. */
  phrasings: Array<{ text: string; count: number }>;
  /** How the bot reacted. */
  decisions: { fallback: number; suggest: number; 'not-available': number };
  /** The entry most often closest to these questions: where an alternate question might go, or what a new entry is near. */
  closest?: { id: string; title?: string; count: number };
}

/** The votes on one entry. */
export interface EntryVotes {
  entryId: string;
  /** Absent when the entry no longer exists. */
  title?: string;
  file?: string;
  up: number;
  down: number;
  /** A few questions the 👎 answers were given to. */
  downQuestions: string[];
}

/** A typed text to add as an alternate question of the entry people picked in "did you mean". */
export interface AlternateProposal {
  entryId: string;
  title: string;
  /** The knowledge file holding the entry, as in the base's locations (e.g. `knowledge/portage-salarial.yaml`). */
  file: string;
  question: string;
  /** How many times this text led to picking this entry. */
  picks: number;
  conversations: number;
  /** 👎 on this entry in the period: people disliked its answer; check it before adding phrasings to it. */
  downvotes?: number;
}

export interface Review {
  /** Start of the period read (ISO 8601). */
  since: string;
  records: number;
  unanswered: UnansweredCluster[];
  disliked: EntryVotes[];
  alternates: AlternateProposal[];
}
