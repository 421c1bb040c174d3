/**
 * The importer's data model: a job-profile page read from HTML or plain text, the draft entries
 * built from it, and the report of what an import did. Pure data.
 */

/** Why a piece of the page was left out. */
export type NoiseReason = 'rating' | 'caption' | 'marketing' | 'navigation' | 'form' | 'script';

/** A piece of the page left out of the draft, listed in the import report. */
export interface NoiseItem {
  reason: NoiseReason;
  text: string;
}

/** One item of a bullet list; `depth` > 0 for nested lists. */
export interface ListItem {
  text: string;
  depth: number;
}

/**
 * A table's cells as inline Markdown, row by row; `header` when the first row names the columns
 * (`<th>` cells or `<thead>` in HTML, the first line of a text table).
 */
export interface TableRows {
  rows: string[][];
  header: boolean;
}

/**
 * What a reader (HTML or text) finds, in page order, before the page is given its structure.
 * `text` of paragraphs and list items is inline Markdown (bold kept); `plain` is the same without marks.
 */
export type RawBlock =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string; plain: string }
  | { type: 'list'; items: ListItem[]; ordered: boolean }
  | ({ type: 'table' } & TableRows)
  | { type: 'noise'; reason: NoiseReason; text: string };

/** What a reader returns. */
export interface RawPage {
  format: 'html' | 'text';
  blocks: RawBlock[];
  /** The HTML document's `<title>`, used when the page has no visible title. */
  documentTitle?: string;
}

/** Content of a section or of an answer. */
export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: ListItem[]; ordered: boolean }
  | ({ type: 'table' } & TableRows);

export interface PageSection {
  heading: string;
  blocks: Block[];
}

export interface QaPair {
  question: string;
  blocks: Block[];
}

/** A job-profile page once structured: title, date, intro, sections, questions-answers, noise. */
export interface ImportedPage {
  format: 'html' | 'text';
  title: string;
  /** Last update of the page, `YYYY-MM-DD`, when the page says it. */
  updated?: string;
  intro: Block[];
  sections: PageSection[];
  qa: QaPair[];
  noise: NoiseItem[];
  /** Things worth a look that are not noise, e.g. a heading with no text under it. */
  notes: string[];
}

/** Which part of the page an entry comes from. */
export type EntryPart = 'intro' | 'section' | 'qa';

/** The fields of a knowledge entry the importer writes (schema names). */
export interface DraftFields {
  id: string;
  title: string;
  questions: string[];
  answer: string;
  tags: string[];
  theme?: string;
  draft: true;
}

/** One entry proposed by the page, before it is merged with an earlier import. */
export interface DraftEntry {
  /** The page's heading or question the entry comes from: how a re-import recognises it. */
  heading: string;
  part: EntryPart;
  fields: DraftFields;
  /** Hash of the page text behind the entry, to tell when the page changed. */
  pageHash: string;
}

/** A questions-answers pair the shared entries already answer. */
export interface CoveredPair {
  question: string;
  by: string;
}

/** Everything the page proposes for the knowledge file. */
export interface DraftPlan {
  profile: string;
  /** The job's name as the page titles it, e.g. "Développeur back end". */
  jobTitle: string;
  source: { title: string; updated?: string };
  theme: string;
  entries: DraftEntry[];
  covered: CoveredPair[];
}

/** What happened to one entry in an import. */
export type EntryStatus = 'added' | 'updated' | 'unchanged' | 'kept' | 'removed' | 'skipped';

export interface EntryChange {
  id: string;
  status: EntryStatus;
  title: string;
  /** Why, in a few words (e.g. "edited by a person", "no longer on the page"). */
  reason?: string;
  /** The page's new text for an entry kept because a person edited or reviewed it. */
  proposal?: { heading: string; answer: string };
}

/** The result of one import, written or not. */
export interface ImportReport {
  page: { file: string; format: 'html' | 'text'; title: string; updated?: string };
  profile: string;
  /** Path of the knowledge file (relative to the working directory when possible). */
  target: string;
  written: boolean;
  /** The draft file already held exactly this: nothing to write. */
  upToDate: boolean;
  dryRun: boolean;
  changes: EntryChange[];
  covered: CoveredPair[];
  noise: NoiseItem[];
  notes: string[];
  /** Validation problems (`file:line: message`) that stopped the import, or warnings when written. */
  problems: string[];
  warnings: string[];
}
