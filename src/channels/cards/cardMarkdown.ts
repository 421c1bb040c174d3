/**
 * Entry answers are written in ordinary Markdown; Adaptive Card text blocks read only a subset
 * (bold, italic, bullet and numbered lists, links). The rest is rewritten into that subset so that
 * it never shows up as raw symbols: headings become bold lines, quotes and code become plain text,
 * images become their alternative text.
 *
 * @example toCardMarkdown('## Études\n* bac+5') // '**Études**\n- bac+5'
 */
export function toCardMarkdown(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !/^\s*(```|~~~)/.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+(.*?)[\s#]*$/, '**$1**')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^(\s*)[*+]\s+/, '$1- '),
    )
    .join('\n')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .trim();
}
