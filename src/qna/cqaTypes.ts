/**
 * QnA Maker / Azure Custom Question Answering (CQA) export, as this bot reads and writes it.
 * One row per question; the rows of one QnA pair share its answer and its QnaId.
 * Columns (export order): Question, Answer, Source, Metadata, SuggestedQuestions, IsContextOnly, Prompts, QnaId.
 */

/** A follow-up prompt of a pair: the button text and the pair it leads to. */
export interface CqaPrompt {
  displayOrder: number;
  qnaId: number;
  displayText: string;
}

/** One QnA pair, once its rows are gathered. */
export interface CqaPair {
  qnaId: number;
  questions: string[];
  /** Markdown, newlines restored. */
  answer: string;
  /** `Editorial`, a URL or a file name; empty when the file has no Source column. */
  source: string;
  /** `key:value` pairs, in file order. */
  metadata: Array<[string, string]>;
  prompts: CqaPrompt[];
  contextOnly: boolean;
  /** Line (TSV) or row (Excel) of the pair's first question: where messages point. */
  line: number;
}

/** A row of the file with its line number, cells by column name (lowercase). */
export interface CqaRow {
  line: number;
  cells: ReadonlyMap<string, string>;
}

/** Column names as QnA Maker and CQA export them. */
export const CQA_COLUMNS = ['Question', 'Answer', 'Source', 'Metadata', 'SuggestedQuestions', 'IsContextOnly', 'Prompts', 'QnaId'] as const;

/** The QnA Maker "Source" of pairs written by hand in its portal. */
export const EDITORIAL_SOURCE = 'Editorial';
