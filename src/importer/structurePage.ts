/**
 * Raw blocks (from HTML or text) -> the page's structure: title, update date, intro, sections,
 * questions-answers part, and the noise left out. Both readers end here, so both formats give
 * the same page.
 */
import { isUpdateLine, parseFrenchDate } from './frenchDate';
import { ImportError, importMessages } from './importErrors';
import { wordCount } from '../text/words';
import { isQaPartHeading, isQuestion, isShortLine, MAX_CAPTION_LENGTH, MAX_HEADING_LENGTH, MIN_CAPTION_WORDS } from './textShape';
import type { Block, ImportedPage, NoiseItem, PageSection, QaPair, RawBlock, RawPage } from './types';

type ContentBlock = Exclude<RawBlock, { type: 'noise' }>;

function takeTitle(blocks: ContentBlock[], raw: RawPage, file: string): string {
  const h1 = blocks.findIndex((block) => block.type === 'heading' && block.level === 1);
  if (h1 >= 0) return (blocks.splice(h1, 1)[0] as { text: string }).text;
  // No <h1>: the document's title, without the site's name after a separator ("Testeur | Ad'Missions").
  const fromDocument = raw.documentTitle?.split(/\s[|–—-]\s/)[0]?.trim();
  if (fromDocument) return fromDocument;
  const first = blocks.findIndex((block) => block.type === 'heading');
  if (first >= 0) return (blocks.splice(first, 1)[0] as { text: string }).text;
  throw new ImportError(importMessages.noTitle(file));
}

function takeUpdated(blocks: ContentBlock[]): string | undefined {
  const index = blocks.findIndex((block) => block.type === 'paragraph' && isUpdateLine(block.plain));
  const [line] = index < 0 ? [] : blocks.splice(index, 1);
  return line?.type === 'paragraph' ? parseFrenchDate(line.plain) : undefined;
}

/**
 * A short line without a final period, alone between text and a heading, describes a picture
 * ("Homme sur un pouf qui travaille sur son ordinateur"): it is a caption, not content.
 * A line with a figure ("55 000 €", "bac+5") or of a few words is a fact (the last cell of a table
 * saved as text, a label), never a caption: losing a fact is worse than keeping a caption.
 */
function isCaption(blocks: readonly ContentBlock[], index: number): boolean {
  const block = blocks[index];
  if (block.type !== 'paragraph') return false;
  const text = block.plain;
  if (text.length > MAX_CAPTION_LENGTH || !isShortLine(text) || isQuestion(text) || isQaPartHeading(text)) return false;
  if (/\p{N}/u.test(text) || wordCount(text) < MIN_CAPTION_WORDS) return false;
  const previous = blocks[index - 1];
  const next = blocks[index + 1];
  // Under a table, a short line is the table's title or note (a figure's caption in HTML): content.
  return (!next || next.type === 'heading') && previous?.type !== 'heading' && previous?.type !== 'table';
}

function toBlock(block: ContentBlock): Block | undefined {
  if (block.type === 'paragraph') return { type: 'paragraph', text: block.text };
  if (block.type === 'list') return { type: 'list', items: block.items, ordered: block.ordered };
  if (block.type === 'table') return { type: 'table', rows: block.rows, header: block.header };
  return undefined;
}

export function structurePage(raw: RawPage, file: string): ImportedPage {
  const noise: NoiseItem[] = [];
  const notes: string[] = [];
  const blocks: ContentBlock[] = [];
  for (const block of raw.blocks) {
    if (block.type === 'noise') noise.push({ reason: block.reason, text: block.text });
    else blocks.push(block);
  }
  const title = takeTitle(blocks, raw, file);
  const updated = takeUpdated(blocks);

  const intro: Block[] = [];
  const sections: PageSection[] = [];
  const qa: QaPair[] = [];
  let inQa = false;
  let current: { blocks: Block[] } | undefined;

  blocks.forEach((block, index) => {
    if (isCaption(blocks, index) && block.type === 'paragraph') {
      noise.push({ reason: 'caption', text: block.plain });
      return;
    }
    const text = block.type === 'heading' ? block.text : block.type === 'paragraph' ? block.plain : '';
    if (block.type === 'heading' && isQaPartHeading(text)) {
      inQa = true;
      current = undefined;
      return;
    }
    // In the questions-answers part a question opens a pair, be it a heading or a bold paragraph.
    const opensPair = inQa && isQuestion(text) && text.length <= MAX_HEADING_LENGTH && (block.type === 'heading' || current === undefined || current.blocks.length > 0);
    if (opensPair) {
      qa.push({ question: text, blocks: [] });
      current = qa[qa.length - 1];
      return;
    }
    if (block.type === 'heading') {
      inQa = false;
      sections.push({ heading: text, blocks: [] });
      current = sections[sections.length - 1];
      return;
    }
    const content = toBlock(block);
    if (!content) return;
    if (current) current.blocks.push(content);
    else if (inQa) notes.push(`Text before the first question, left out: "${text || `(${block.type})`}"`);
    else intro.push(content);
  });

  for (const section of sections) if (section.blocks.length === 0) notes.push(`Heading without text under it, left out: "${section.heading}"`);
  for (const pair of qa) if (pair.blocks.length === 0) notes.push(`Question without an answer, left out: "${pair.question}"`);
  const page: ImportedPage = {
    format: raw.format,
    title,
    ...(updated && { updated }),
    intro,
    sections: sections.filter((section) => section.blocks.length > 0),
    qa: qa.filter((pair) => pair.blocks.length > 0),
    noise,
    notes,
  };
  if (page.sections.length === 0 && page.qa.length === 0) throw new ImportError(importMessages.noContent(file));
  return page;
}
