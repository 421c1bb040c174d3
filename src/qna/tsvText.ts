/**
 * TSV as QnA Maker exports it: one record per line, tab-separated, no quoting; a newline inside a
 * field is written `\n` (and a tab `\t`, a backslash before those `\\`). Spreadsheets that saved
 * the file again may have wrapped fields in double quotes: those are removed.
 */

/** The file's lines as cells, with their 1-based line numbers; blank lines are skipped. */
export function parseTsv(text: string): Array<{ line: number; cells: string[] }> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: Array<{ line: number; cells: string[] }> = [];
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    rows.push({ line: index + 1, cells: raw.split('\t').map(unquote) });
  });
  return rows;
}

function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

/** `\n`, `\t` and `\\` back to what they stand for; any other backslash stays (Markdown escapes). */
export function unescapeField(cell: string): string {
  return cell.replace(/\\([nt\\])/g, (_whole, char: string) => (char === 'n' ? '\n' : char === 't' ? '\t' : '\\'));
}

/** A field on one line: the inverse of `unescapeField`. */
export function escapeField(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\\(?=[nt\\\n\t])/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t');
}
