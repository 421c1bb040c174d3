/** Shapes of lines that tell headings, questions and paragraphs apart when there is no markup. */
import { foldForLookup } from '../text/fold';

/** Longest line still read as a heading or a question. */
export const MAX_HEADING_LENGTH = 160;
/** Longest line still read as an image caption when it sits alone before a heading. */
export const MAX_CAPTION_LENGTH = 100;
/** A caption describes a picture in a sentence; fewer words are a label or a table cell. */
export const MIN_CAPTION_WORDS = 4;

/** Ends like a sentence or a lead-in ("…", ".", ":", ";"), not like a title. */
export function endsLikeSentence(text: string): boolean {
  return /[.;:,…!]["»)\s]*$/u.test(text.trim());
}

export function isQuestion(text: string): boolean {
  return /\?["»)\s]*$/u.test(text.trim());
}

/** A short line that does not end like a sentence: a heading, a question, a caption or a label. */
export function isShortLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_HEADING_LENGTH && !endsLikeSentence(trimmed);
}

/** The heading that opens the page's questions-answers part ("Questions-réponses relatives au portage salarial", "FAQ"). */
export function isQaPartHeading(text: string): boolean {
  const folded = foldForLookup(text);
  return /^(questions? reponses?|questions? frequentes?|foire aux questions|faq|vos questions)\b/.test(folded);
}

/** Spaces of every kind collapsed, typographic apostrophes made plain (people type '). */
export function tidyText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}
