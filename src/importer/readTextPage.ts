/**
 * Plain text page -> raw blocks. Without markup, shape tells: the first line is the title,
 * a short line without a final period followed by a paragraph or a list is a heading,
 * lines starting with "•", "-", "*" are bullets; every other line is a paragraph.
 */
import { isUpdateLine } from './frenchDate';
import { textNoise } from './noiseRules';
import { isQaPartHeading, isQuestion, isShortLine, tidyText } from './textShape';
import type { ListItem, RawBlock, RawPage } from './types';

const BULLET = /^([•●▪◦·*-]|–)\s+/u;

type Line = { kind: 'bullet'; text: string; depth: number } | { kind: 'text'; text: string } | { kind: 'noise'; block: RawBlock };

function classify(raw: string): Line | undefined {
  const indent = raw.length - raw.trimStart().length;
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
  if (next.kind === 'bullet') return true;
  if (next.kind !== 'text') return false;
  return !isShortLine(next.text) || (isQuestion(line) && !isQuestion(next.text));
}

export function readTextPage(content: string): RawPage {
  const lines = content.split(/\r?\n/).map(classify).filter((line): line is Line => line !== undefined);
  const blocks: RawBlock[] = [];
  let list: ListItem[] | undefined;
  let sawTitle = false;

  lines.forEach((line, index) => {
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
  return { format: 'text', blocks };
}
