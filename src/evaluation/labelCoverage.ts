/**
 * The evaluation's labels follow the base: staff add and remove entries without touching the
 * evaluation sets. An entry with no question yet, and a label naming an entry that is gone, are
 * reported (file and item) and never fail a run nor count as a wrong answer.
 */
import { closestWord } from '../knowledge/closestWord';
import type { KnowledgeBase } from '../knowledge/types';
import path from 'node:path';
import type { EvalItem, EvalSet, StaleLabel } from './types';

export type { StaleLabel } from './types';

/**
 * Splits the items of a set into those the base can score and those whose label names no entry.
 * @example splitStaleLabels(set, kb).stale[0] // { file: 'tests/fixtures/dev-set.yaml', line: 12, q: '…', expect: 'old-id' }
 */
export function splitStaleLabels(set: EvalSet, kb: KnowledgeBase): { items: EvalItem[]; stale: StaleLabel[] } {
  const ids = [...kb.byId.keys()];
  const items: EvalItem[] = [];
  const stale: StaleLabel[] = [];
  for (const item of set.items) {
    if (item.expect === null || kb.byId.has(item.expect)) {
      items.push(item);
      continue;
    }
    const closest = closestWord(item.expect, ids, Math.max(2, Math.floor(item.expect.length / 4)));
    stale.push({ file: set.source, ...(item.line !== undefined && { line: item.line }), q: item.q, expect: item.expect, ...(closest && { closest }) });
  }
  return { items, stale };
}

/** Entries people can ask about (real answers, reachable from text, reviewed) that no item of `sets` expects. */
export function entriesWithoutQuestions(kb: KnowledgeBase, sets: readonly EvalSet[]): string[] {
  const expected = new Set(sets.flatMap((set) => set.items.map((item) => item.expect)));
  return kb.entries.filter((entry) => entry.kind === 'answer' && !entry.contextOnly && !entry.draft && !expected.has(entry.id)).map((entry) => entry.id);
}

/** The report lines of both, for `npm run eval` and the tests (nothing when all labels fit the base). */
export function formatLabelNotes(stale: readonly StaleLabel[], unlabelled: readonly string[], showItems = true): string[] {
  const notes: string[] = [];
  if (stale.length) {
    notes.push(`Note: ${stale.length} question(s) expect an entry id that is not in the base (removed or renamed?): left out of the figures, not counted as wrong. Fix their label:`);
    if (showItems) {
      for (const label of stale) {
        const file = path.relative(process.cwd(), label.file) || label.file;
        const where = `${file.startsWith('..') ? label.file : file}${label.line !== undefined ? `:${label.line}` : ''}`;
        notes.push(`  - ${where}: "${label.q}" expects "${label.expect}"${label.closest ? ` (did you mean "${label.closest}"?)` : ''}`);
      }
    } else {
      notes.push(`  - ids: ${[...new Set(stale.map((label) => label.expect))].join(', ')}`);
    }
  }
  if (unlabelled.length) notes.push(`Note: ${unlabelled.length} entr${unlabelled.length > 1 ? 'ies have' : 'y has'} no evaluation question yet (add some to the development set): ${unlabelled.join(', ')}`);
  return notes;
}
