/** Renders rows as a fixed-width text table; the first column is left-aligned, others right. */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [headers, ...rows];
  const widths = headers.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map((row) => (row.length ? line(row) : ''))].join('\n');
}

export function pct(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)} %`;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`;
}
