/**
 * Inline HTML (text, strong, em, links, br) -> one line of Markdown per `<br>`-separated run.
 * Bold and italics are kept; images inside text are left out and reported as captions.
 */
import { attr, isElement, isText, textContent, type HtmlNode } from './htmlDom';
import { skipReason } from './htmlSkips';
import { tidyText } from './textShape';
import type { NoiseItem } from './types';

/** Elements that flow inside a paragraph rather than start a block. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'ins',
  'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

const MARKS: Readonly<Record<string, string>> = { strong: '**', b: '**', em: '*', i: '*', code: '`' };

/** One `<br>`-separated run: Markdown, and the same words without marks (for noise rules and headings). */
export interface InlineRun {
  text: string;
  plain: string;
}

/** Puts a mark around the words only: "** gras **" would not render as bold. */
function wrap(mark: string, inner: string): string {
  const core = inner.trim();
  if (core === '' || (core.startsWith(mark) && core.endsWith(mark))) return inner;
  const lead = inner.slice(0, inner.length - inner.trimStart().length);
  const trail = inner.slice(inner.trimEnd().length);
  return `${lead}${mark}${core}${mark}${trail}`;
}

function render(node: HtmlNode, withMarks: boolean, noise: NoiseItem[] | undefined): string {
  if (isText(node)) return node.value.replace(/[\s\u00a0]+/g, ' ');
  if (!isElement(node)) return '';
  const reason = skipReason(node);
  if (reason) {
    const text = tidyText(textContent(node));
    if (text && noise) noise.push({ reason, text });
    return '';
  }
  if (node.tagName === 'br') return '\n';
  if (node.tagName === 'img') {
    const alt = tidyText(attr(node, 'alt') ?? '');
    if (alt && noise) noise.push({ reason: 'caption', text: alt });
    return '';
  }
  const inner = node.childNodes.map((child) => render(child, withMarks, noise)).join('');
  // A block inside inline content (a <p> in an <li>) still separates its words from the rest.
  if (!INLINE_TAGS.has(node.tagName)) return `\n${inner}\n`;
  if (!withMarks) return inner;
  const mark = MARKS[node.tagName];
  if (mark) return wrap(mark, inner);
  const href = node.tagName === 'a' ? attr(node, 'href') : undefined;
  // Only absolute links survive: a relative link means nothing outside the site.
  if (href && /^https?:\/\//.test(href) && inner.trim()) return `[${inner.trim()}](${href})`;
  return inner;
}

/** Converts inline nodes; skipped widgets and image texts found inside are pushed to `noise`. */
export function inlineMarkdown(nodes: readonly HtmlNode[], noise: NoiseItem[]): InlineRun[] {
  // Both renderings split at the same <br>s, so their runs line up.
  const marked = nodes.map((node) => render(node, true, noise)).join('').split('\n');
  const plain = nodes.map((node) => render(node, false, undefined)).join('').split('\n');
  return marked
    .map((text, index) => ({ text: tidyText(text), plain: tidyText(plain[index] ?? '') }))
    .filter((run) => run.plain !== '');
}
