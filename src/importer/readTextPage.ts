/**
 * Plain text page -> raw blocks. Without markup, shape tells: the first line is the title,
 * a short line without a final period followed by a paragraph or a list is a heading,
 * lines starting with "•", "-", "*" are bullets, lines of cells (separated by tabs, as a browser
 * copies a table, or Markdown pipes `| a | b |`) are table rows; every other line is a paragraph.
 */
import { isUpdateLine } from './frenchDate';
import { textNoise } from './noiseRules';
import { isQaPartHeading, isQuestion, isShortLine, tidyText } from './textShape';
import type { ListItem, RawBlock, RawPage } from './types';

const BULLET = /^([•●▪◦·*-]|–)\s+/u;

type Line =
  | { kind: 'bullet'; text: string; depth: number }
  | { kind: 'text'; text: string }
  | { kind: 'row'; cells: string[] }
  | { kind: 'noise'; block: RawBlock };

/** A Markdown table's rule line (`|---|:---:|`): layout, no words. */
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/** The cells of a table row, or `undefined` when the line is not one. */
function tableCells(raw: string): string[] | undefined {
  const trimmed = raw.trim();
  let cells: string[] | undefined;
  if (trimmed.startsWith('|')) cells = trimmed.replace(/^\|/, '').replace(/\|$/, '').split('|');
  else if (trimmed.includes('\t')) cells = trimmed.split(/\t+/);
  const tidy = cells?.map(tidyText);
  return tidy && tidy.filter((cell) => cell !== '').length >= 2 ? tidy : undefined;
}

/** The first row names the columns when it has no figure and a row under it has one. */
function hasHeader(rows: readonly string[][]): boolean {
  const figure = (row: readonly string[]) => row.some((cell) => /\p{N}/u.test(cell));
  return rows.length > 1 && !figure(rows[0]) && rows.slice(1).some(figure);
}

function classify(raw: string): Line | undefined {
  const indent = raw.length - raw.trimStart().length;
  if (TABLE_RULE.test(raw.trim()) && raw.includes('|')) return undefined;
  const cells = tableCells(raw);
  if (cells) return { kind: 'row', cells };
  const text = tidyText(raw);
  if (text === '') return undefined;
  const reason = textNoise(text);
  if (reason) return { kind: 'noise', block: { type: 'noise', reason, text } };
  const bullet = BULLET.exec(text);
  // Bullets indented deeper than the first level are nested items (4 spaces or a tab per level beyond 2).
  if (bullet) return { kind: 'bullet', text: text.slice(bullet[0].length), depth: indent > 4 ? 1 : 0 };
  return { kind: 'text', text };
}

/** A short line is a heading when what follows it is content, or when it opens the questions-answers part. */
function isHeading(line: string, next: Line | undefined): boolean {
  if (!isShortLine(line) || isUpdateLine(line)) return false;
  if (isQaPartHeading(line)) return true;
  if (!next) return false;
  if (next.kind === 'bullet' || next.kind === 'row') return true;
  if (next.kind !== 'text') return false;
  return !isShortLine(next.text) || (isQuestion(line) && !isQuestion(next.text));
}

export function readTextPage(content: string): RawPage {
  const lines = content.split(/\r?\n/).map(classify).filter((line): line is Line => line !== undefined);
  const blocks: RawBlock[] = [];
  let list: ListItem[] | undefined;
  let table: string[][] | undefined;
  let sawTitle = false;

  lines.forEach((line, index) => {
    if (line.kind === 'row') {
      list = undefined;
      if (!table) blocks.push({ type: 'table', rows: (table = []), header: false });
      table.push(line.cells);
      return;
    }
    table = undefined;
    if (line.kind === 'bullet') {
      if (!list) blocks.push({ type: 'list', items: (list = []), ordered: false });
      list.push({ text: line.text, depth: line.depth });
      return;
    }
    list = undefined;
    if (line.kind === 'noise') {
      blocks.push(line.block);
      return;
    }
    if (!sawTitle) {
      sawTitle = true;
      blocks.push({ type: 'heading', level: 1, text: line.text });
      return;
    }
    // Noise between a heading and its text must not hide the text.
    const next = lines.slice(index + 1).find((other) => other.kind !== 'noise');
    if (isHeading(line.text, next)) blocks.push({ type: 'heading', level: 2, text: line.text });
    else blocks.push({ type: 'paragraph', text: line.text, plain: line.text });
  });
  for (const block of blocks) if (block.type === 'table') block.header = hasHeader(block.rows);
  return { format: 'text', blocks };
}
