/**
 * HTML page -> raw blocks, walking the tree parse5 builds (the browser's own parsing rules):
 * headings h1-h6, paragraphs, lists, with inline bold kept. The main content is `<main>`,
 * else `<article>`, else `<body>`; what lies outside it (site header, footer) and widgets inside it
 * (nav, aside, forms, scripts, rating, sharing) are reported as noise, as are image texts.
 */
import { parse } from 'parse5';
import { contains, findElement, isElement, isText, textContent, type HtmlElement, type HtmlNode, type HtmlParent } from './htmlDom';
import { skipReason } from './htmlSkips';
import { INLINE_TAGS, inlineMarkdown } from './inlineMarkdown';
import { textNoise } from './noiseRules';
import { tidyText } from './textShape';
import type { ListItem, NoiseItem, NoiseReason, RawBlock, RawPage } from './types';

const EXCERPT_LENGTH = 90;

function excerpt(text: string): string {
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

/** Walks the content in page order and collects blocks; inline nodes wait in a buffer until a block ends. */
class BlockWalker {
  readonly blocks: RawBlock[] = [];
  private inline: HtmlNode[] = [];

  noise(reason: NoiseReason, text: string): void {
    this.blocks.push({ type: 'noise', reason, text });
  }

  /** An element left out as a whole: named by its tag, with the start of its text. */
  skipped(element: HtmlElement, reason: NoiseReason): void {
    const text = tidyText(textContent(element));
    this.noise(reason, text ? `<${element.tagName}> ${excerpt(text)}` : `<${element.tagName}>`);
  }

  visitChildren(parent: HtmlParent): void {
    for (const child of parent.childNodes) this.visit(child);
  }

  visit(node: HtmlNode): void {
    if (isText(node)) {
      this.inline.push(node);
      return;
    }
    if (!isElement(node)) return;
    // A <header> without a heading is the site's banner (logo, menu); an article's header holds its title.
    const reason = skipReason(node) ?? (node.tagName === 'header' && !findElement(node, (e) => /^h[1-6]$/.test(e.tagName)) ? 'navigation' : undefined);
    if (reason) {
      this.flush();
      this.skipped(node, reason);
      return;
    }
    if (INLINE_TAGS.has(node.tagName)) {
      this.inline.push(node);
      return;
    }
    this.flush();
    this.block(node);
    this.flush();
  }

  private block(element: HtmlElement): void {
    const tag = element.tagName;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) return this.heading(Number(heading[1]), element);
    if (tag === 'summary') return this.heading(3, element);
    if (tag === 'p') return this.paragraphs(element.childNodes);
    if (tag === 'ul' || tag === 'ol') return this.list(element);
    if (tag === 'table') return this.table(element);
    // A figure holding a table is content: its caption titles the table rather than describing a picture.
    if (tag === 'figure' && findElement(element, (e) => e.tagName === 'table')) return this.tableFigure(element);
    if (tag === 'figure' || tag === 'figcaption' || tag === 'picture') return this.captions(element);
    if (tag === 'hr') return;
    this.visitChildren(element);
  }

  private heading(level: number, element: HtmlElement): void {
    const text = tidyText(textContent(element));
    if (!text) return;
    const reason = textNoise(text);
    if (reason) this.noise(reason, text);
    else this.blocks.push({ type: 'heading', level, text });
  }

  private paragraphs(nodes: readonly HtmlNode[]): void {
    const found: NoiseItem[] = [];
    const runs = inlineMarkdown(nodes, found);
    for (const item of found) this.noise(item.reason, item.text);
    for (const run of runs) {
      const reason = textNoise(run.plain);
      if (reason) this.noise(reason, run.plain);
      else this.blocks.push({ type: 'paragraph', text: run.text, plain: run.plain });
    }
  }

  private list(element: HtmlElement): void {
    const items: ListItem[] = [];
    this.collectItems(element, 0, items);
    if (items.length > 0) this.blocks.push({ type: 'list', items, ordered: element.tagName === 'ol' });
  }

  private collectItems(list: HtmlElement, depth: number, items: ListItem[]): void {
    for (const li of list.childNodes) {
      if (!isElement(li) || li.tagName !== 'li') continue;
      const nested = li.childNodes.filter((child): child is HtmlElement => isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol'));
      const found: NoiseItem[] = [];
      const runs = inlineMarkdown(li.childNodes.filter((child) => !nested.includes(child as HtmlElement)), found);
      for (const item of found) this.noise(item.reason, item.text);
      const text = runs.map((run) => run.text).join(' ');
      if (text) items.push({ text, depth });
      for (const sub of nested) this.collectItems(sub, depth + 1, items);
    }
  }

  /**
   * A table keeps every cell, in rows: a salary grid is content, never noise. Its `<caption>`
   * titles it (a paragraph before it); a table nested in a cell is read as that cell's words.
   */
  private table(element: HtmlElement): void {
    const caption = element.childNodes.find((child): child is HtmlElement => isElement(child) && child.tagName === 'caption');
    if (caption) this.paragraphs(caption.childNodes);
    const rows: { cells: string[]; header: boolean }[] = [];
    const gatherRows = (parent: HtmlElement, inHead: boolean) => {
      for (const child of parent.childNodes) {
        if (!isElement(child)) continue;
        if (child.tagName === 'tr') rows.push(this.row(child, inHead));
        else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) gatherRows(child, child.tagName === 'thead');
      }
    };
    gatherRows(element, false);
    const kept = rows.filter((row) => row.cells.some((cell) => cell !== ''));
    if (kept.length === 0) return;
    this.blocks.push({ type: 'table', rows: kept.map((row) => row.cells), header: kept[0].header });
  }

  private tableFigure(figure: HtmlElement): void {
    for (const child of figure.childNodes) {
      if (isElement(child) && child.tagName === 'figcaption') {
        this.flush();
        this.paragraphs(child.childNodes);
      } else this.visit(child);
    }
    this.flush();
  }

  private row(tr: HtmlElement, inHead: boolean): { cells: string[]; header: boolean } {
    const cells = tr.childNodes.filter((child): child is HtmlElement => isElement(child) && (child.tagName === 'td' || child.tagName === 'th'));
    const texts = cells.map((cell) => {
      const found: NoiseItem[] = [];
      const text = inlineMarkdown(cell.childNodes, found)
        .map((run) => run.text)
        .join(' ');
      for (const item of found) this.noise(item.reason, item.text);
      return text;
    });
    return { cells: texts, header: inHead || (cells.length > 0 && cells.every((cell) => cell.tagName === 'th')) };
  }

  /** Figures hold pictures: their caption and alternative text describe an image, not the job. */
  private captions(element: HtmlElement): void {
    const images: HtmlElement[] = [];
    const gather = (parent: HtmlParent) => {
      for (const child of parent.childNodes) {
        if (!isElement(child)) continue;
        if (child.tagName === 'img') images.push(child);
        else gather(child);
      }
    };
    gather(element);
    const texts = new Set<string>();
    for (const image of images) {
      const alt = tidyText(image.attrs.find((a) => a.name === 'alt')?.value ?? '');
      if (alt) texts.add(alt);
    }
    const caption = element.tagName === 'figcaption' ? element : findElement(element, (e) => e.tagName === 'figcaption');
    const captionText = caption ? tidyText(textContent(caption)) : '';
    if (captionText) texts.add(captionText);
    for (const text of texts) this.noise('caption', text);
  }

  flush(): void {
    if (this.inline.length === 0) return;
    const nodes = this.inline;
    this.inline = [];
    this.paragraphs(nodes);
  }
}

/** The element holding the page's own content. */
function contentRoot(document: HtmlParent): HtmlElement | undefined {
  return (
    findElement(document, (e) => e.tagName === 'main' || e.attrs.some((a) => a.name === 'role' && a.value === 'main')) ??
    findElement(document, (e) => e.tagName === 'article') ??
    findElement(document, (e) => e.tagName === 'body')
  );
}

/** Walks everything; only the root's inside is content, the rest is reported as navigation. */
function walkOutside(node: HtmlParent, root: HtmlElement, walker: BlockWalker): void {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    if (child === root) walker.visitChildren(root);
    else if (contains(child, root)) walkOutside(child, root, walker);
    else if (['head', 'html'].includes(child.tagName)) continue;
    else if (tidyText(textContent(child))) walker.skipped(child, skipReason(child) ?? 'navigation');
  }
}

export function readHtmlPage(html: string): RawPage {
  const document = parse(html);
  const walker = new BlockWalker();
  const root = contentRoot(document);
  // The page title may sit in a site header above <main>: take the first h1 wherever it is.
  const h1 = findElement(document, (e) => e.tagName === 'h1');
  if (h1 && root && !contains(root, h1)) walker.blocks.push({ type: 'heading', level: 1, text: tidyText(textContent(h1)) });
  if (root) walkOutside(document, root, walker);
  const titleElement = findElement(document, (e) => e.tagName === 'title');
  const documentTitle = titleElement ? tidyText(textContent(titleElement)) : '';
  return { format: 'html', blocks: walker.blocks, ...(documentTitle && { documentTitle }) };
}
