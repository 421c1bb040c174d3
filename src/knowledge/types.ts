/**
 * The knowledge base as the rest of the code sees it, once loaded and validated.
 * Pure data: no I/O, no channel. The YAML files under `knowledge/` are the source of truth.
 */

/** Where an entry's facts come from (shown under an answer). */
export interface KnowledgeSource {
  /** Human title of the page, e.g. "Fiche métier : Développeur back end". */
  title: string;
  /** Date of the page's last update, ISO `YYYY-MM-DD`. */
  updated?: string;
  /** Public address of the page, when known. */
  url?: string;
}

/**
 * What kind of answer an entry gives.
 * - `answer`: a fact from the sources (the default).
 * - `smalltalk`: greetings, thanks, who-are-you... (answered, never shown as a "did you mean").
 * - `not-available`: a question people often ask that the sources do not answer (pay, fees...):
 *   its text is an honest "not here, ask an advisor". It never counts as an answer in the query API.
 */
export type EntryKind = 'answer' | 'smalltalk' | 'not-available';

/** One question/answer unit of the knowledge base. */
export interface KnowledgeEntry {
  /** Stable kebab-case id, unique across all files. */
  id: string;
  /** Short human title used on buttons and in "did you mean" (defaults to the first question). */
  title: string;
  /** Phrasings a person would type; the first one is the canonical question. */
  questions: string[];
  /** Answer in Markdown, in French. */
  answer: string;
  kind: EntryKind;
  /** Ids of related entries offered after the answer. */
  followups: string[];
  tags: string[];
  /** Theme used to group entries in the help menu (e.g. "Le métier", "Portage salarial"). */
  theme?: string;
  /** Job profile this entry belongs to (e.g. `developpeur-back-end`); absent for shared entries. */
  profile?: string;
  /** Display name of that profile (e.g. "Développeur back end"), from the file's `profile_name`. */
  profileName?: string;
  /** Reachable only as a follow-up of another answer, never matched from free text. */
  contextOnly: boolean;
  source?: KnowledgeSource;
  /** Imported but not reviewed by a person yet. */
  draft: boolean;
  /** Where the entry was defined, for error messages and tooling. */
  location: { file: string; line: number };
}

/**
 * A rule of the synonyms file: every variant (a word or a phrase) is read as `canonical`,
 * in the knowledge base and in the user's question alike.
 */
export interface SynonymRule {
  canonical: string;
  variants: string[];
  /** Where the rule was defined, for error messages and tooling. */
  location?: { file: string; line: number };
}

/** A loaded, validated knowledge base. Immutable once built. */
/** A job profile the base knows (its entries carry its id). */
export interface KnowledgeProfile {
  id: string;
  name: string;
}

export interface KnowledgeBase {
  entries: readonly KnowledgeEntry[];
  /** The job profiles of the base, in reading order. */
  profiles?: readonly KnowledgeProfile[];
  byId: ReadonlyMap<string, KnowledgeEntry>;
  synonyms: readonly SynonymRule[];
  /** Files the base was read from (relative to the knowledge folder). */
  files: readonly string[];
  loadedAt: Date;
  /** Problems that do not stop loading (e.g. few phrasings): worth fixing, never fatal. */
  warnings?: readonly KnowledgeIssue[];
  /** SHA-256 of the files' names and bytes as they were read (absent for a base not read from files). */
  contentHash?: string;
}

/** One problem found while loading: always names the file and, when known, the line. */
export interface KnowledgeIssue {
  file: string;
  line?: number;
  column?: number;
  /** In English (logs, `kb:check --lang en`). */
  message: string;
  /** The same in French, for support staff (what `kb:check` prints by default). */
  messageFr?: string;
  /** `error` (the default) stops loading; `warning` is only reported. */
  severity?: 'error' | 'warning';
}
