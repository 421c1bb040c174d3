/** Page blocks -> the answer's Markdown: paragraphs apart, a list or a table right under the line that announces it. */
import { tableLines } from './tableMarkdown';
import type { Block } from './types';

function renderList(block: Extract<Block, { type: 'list' }>): string {
  let number = 0;
  return block.items
    .map((item) => {
      const marker = block.ordered && item.depth === 0 ? `${++number}.` : '-';
      return `${'  '.repeat(item.depth)}${marker} ${item.text}`;
    })
    .join('\n');
}

function render(block: Block): string {
  if (block.type === 'list') return renderList(block);
  if (block.type === 'table') return tableLines(block).join('\n');
  return block.text;
}

/**
 * @example answerMarkdown([{ type: 'paragraph', text: 'Il faut :' }, { type: 'list', ordered: false, items: [{ text: 'a', depth: 0 }] }])
 * // 'Il faut :\n- a'
 */
export function answerMarkdown(blocks: readonly Block[]): string {
  let markdown = '';
  blocks.forEach((block, index) => {
    const text = render(block);
    if (index === 0) markdown = text;
    // A list follows its lead-in line directly (as the hand-written files do); anything else starts a new paragraph.
    else markdown += (block.type !== 'paragraph' && blocks[index - 1].type === 'paragraph' ? '\n' : '\n\n') + text;
  });
  return markdown;
}
