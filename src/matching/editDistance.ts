/** Three rows of the distance table, reused by every call (matching is synchronous): no allocation per word compared. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions: "salarail" -> 1),
 * stopping early once `max` is exceeded (returns max + 1). Only the cells within `max` of the
 * diagonal are computed: the others are already further than `max` (a typo look-up compares a word
 * with hundreds of candidates, at most two edits away).
 */
export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  const far = max + 1;
  if (Math.abs(n - m) > max) return far;
  if (m + 2 > rows[0].length) rows = rows.map(() => new Int32Array(2 * (m + 2)));
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : far;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    row[0] = i <= max ? i : far;
    row[from - 1] = from === 1 ? row[0] : far;
    let rowMin = from === 1 ? row[0] : far;
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) value = Math.min(value, prevPrev[j - 2] + 1);
      if (value > far) value = far;
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < m) row[to + 1] = far;
    if (rowMin > max) return far;
    const spare = prevPrev;
    prevPrev = prev;
    prev = row;
    row = spare;
  }
  return Math.min(prev[m], far);
}
