/**
 * Which entry of the last import each of the page's entries is: same heading, else same id,
 * else a reworded heading close enough. This keeps ids stable when a page is imported again.
 */
import { foldForLookup } from '../text/fold';
import type { EntryRecord } from './importState';
import { keywords } from './slug';
import type { DraftEntry } from './types';

/** Share of heading words two versions of one heading keep at least. */
export const MIN_HEADING_SIMILARITY = 0.5;

function similarity(a: string, b: string): number {
  const left = new Set(keywords(a).map(foldForLookup));
  const right = new Set(keywords(b).map(foldForLookup));
  const shared = [...left].filter((word) => right.has(word)).length;
  const union = new Set([...left, ...right]).size;
  return union === 0 ? 0 : shared / union;
}

/** For each page entry (by index), the record of the last import it continues, if any. */
export function matchRecords(entries: readonly DraftEntry[], records: readonly EntryRecord[]): Map<number, EntryRecord> {
  const matched = new Map<number, EntryRecord>();
  const free = new Set(records);
  const claim = (index: number, record: EntryRecord) => {
    matched.set(index, record);
    free.delete(record);
  };
  const rules: Array<(entry: DraftEntry, record: EntryRecord) => boolean> = [
    // The intro has no heading of its own: there is one per page.
    (entry, record) => entry.part === record.part && (entry.part === 'intro' || foldForLookup(entry.heading) === foldForLookup(record.heading)),
    (entry, record) => entry.part === record.part && entry.fields.id === record.id,
  ];
  for (const rule of rules) {
    entries.forEach((entry, index) => {
      if (matched.has(index)) return;
      const record = [...free].find((candidate) => rule(entry, candidate));
      if (record) claim(index, record);
    });
  }
  // Reworded headings: best pairs first.
  const pairs = entries.flatMap((entry, index) =>
    matched.has(index) ? [] : [...free].filter((r) => r.part === entry.part).map((record) => ({ index, record, score: similarity(entry.heading, record.heading) })),
  );
  pairs.sort((a, b) => b.score - a.score);
  for (const pair of pairs) {
    if (pair.score < MIN_HEADING_SIMILARITY) break;
    if (!matched.has(pair.index) && free.has(pair.record)) claim(pair.index, pair.record);
  }
  return matched;
}
