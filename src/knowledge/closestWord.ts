/** Edit distance between two short words (keys of a YAML map), to suggest the key that was meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The candidate closest to `word`, if it is close enough to be a typo (at most 2 edits, or 1 for short words). */
export function closestWord(word: string, candidates: readonly string[], maxEdits = word.length <= 4 ? 1 : 2): string | undefined {
  let best: { candidate: string; edits: number } | undefined;
  for (const candidate of candidates) {
    const edits = distance(word.toLowerCase(), candidate.toLowerCase());
    if (edits <= maxEdits && (!best || edits < best.edits)) best = { candidate, edits };
  }
  return best?.candidate;
}
