/** Small helpers over parse5's default tree: names, attributes, text. */
import type { DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['childNode'];
export type HtmlElement = DefaultTreeAdapterMap['element'];
export type HtmlParent = DefaultTreeAdapterMap['parentNode'];

export function isElement(node: HtmlNode | HtmlParent): node is HtmlElement {
  return 'tagName' in node;
}

export function isText(node: HtmlNode): node is DefaultTreeAdapterMap['textNode'] {
  return node.nodeName === '#text';
}

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/** Every text below a node, as the browser would show it without styles (scripts and styles excluded). */
export function textContent(node: HtmlNode | HtmlParent): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  if (!('childNodes' in node)) return '';
  if (isElement(node) && ['script', 'style', 'template', 'noscript'].includes(node.tagName)) return '';
  return node.childNodes.map((child) => (isElement(child) && child.tagName === 'br' ? ' ' : textContent(child))).join(' ');
}

/** Depth-first search for the first element matching `test`. */
export function findElement(node: HtmlParent, test: (element: HtmlElement) => boolean): HtmlElement | undefined {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

export function contains(ancestor: HtmlParent, node: HtmlParent): boolean {
  for (let current: HtmlParent | null = node; current; current = 'parentNode' in current ? current.parentNode : null) {
    if (current === ancestor) return true;
  }
  return false;
}
