/**
 * A page's table -> Markdown list lines, one per row, every cell kept. Not a Markdown table:
 * answers go out in Adaptive Card text blocks and plain-text channels, which render lists but
 * show a table's pipes as they are.
 */
import type { TableRows } from './types';

/** Separates the cells of one row, and a column's name from its value. */
const CELL_SEPARATOR = ' ; ';
const LABEL_SEPARATOR = ' : ';

/** Cells that only pad a row out are left out of the line; an empty table gives no line. */
const filled = (cell: string | undefined): cell is string => cell !== undefined && cell.trim() !== '';

/**
 * @example tableLines({ header: true, rows: [['Expérience', 'Salaire'], ['Junior', '38 000 €']] })
 * // ['- Expérience : Junior ; Salaire : 38 000 €']
 */
export function tableLines(table: TableRows): string[] {
  const [first, ...rest] = table.rows;
  if (!first) return [];
  if (!table.header) return table.rows.map((row) => row.filter(filled)).filter((cells) => cells.length > 0).map((cells) => `- ${cells.join(CELL_SEPARATOR)}`);
  const lines: string[] = [];
  for (const row of rest) {
    const width = Math.max(row.length, first.length);
    const cells: string[] = [];
    for (let column = 0; column < width; column++) {
      const value = row[column];
      if (!filled(value)) continue;
      const label = first[column];
      cells.push(filled(label) ? `${label}${LABEL_SEPARATOR}${value}` : value);
    }
    if (cells.length > 0) lines.push(`- ${cells.join(CELL_SEPARATOR)}`);
  }
  // A header with no row under it still holds words of the page.
  return lines.length > 0 ? lines : [`- ${first.filter(filled).join(CELL_SEPARATOR)}`];
}

/** Every cell of a table, for the words a draft is built from. */
export function tableText(table: TableRows): string {
  return table.rows.flat().filter(filled).join(' ');
}
