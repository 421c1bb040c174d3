/**
 * The evaluation's labels follow the base: staff add and remove entries without touching the
 * evaluation sets. An entry with no question yet, and a label naming an entry that is gone, are
 * reported (file and item) and never fail a run nor count as a wrong answer.
 */
import { closestWord } from '../knowledge/closestWord';
import type { KnowledgeBase } from '../knowledge/types';
import path from 'node:path';
import { answererSystem } from './answererSystem';
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

/** An out-of-scope question that an entry added since the set was written now answers. */
export interface NewlyAnswered {
  item: EvalItem;
  entryId: string;
}

/**
 * Questions labelled out of scope (`none`) that an entry with no evaluation question yet now answers:
 * the base grew to cover them (staff added « télétravail »), so their label no longer says what the base
 * knows. They are set aside and reported, as the new entry's reach is not measured until someone writes
 * questions for it; an entry that has questions is measured as before, refusals included.
 * @example setAsideNewlyAnswered(kb, set.items, ['back-end-remote-work']).setAside[0].entryId // 'back-end-remote-work'
 */
export function setAsideNewlyAnswered(kb: KnowledgeBase, items: readonly EvalItem[], unlabelled: readonly string[]): { items: EvalItem[]; setAside: NewlyAnswered[] } {
  if (unlabelled.length === 0) return { items: [...items], setAside: [] };
  const fresh = new Set(unlabelled);
  const system = answererSystem(kb);
  const kept: EvalItem[] = [];
  const setAside: NewlyAnswered[] = [];
  for (const item of items) {
    const answered = item.expect === null ? system.predict(item.q).answerId : null;
    if (answered && fresh.has(answered)) setAside.push({ item, entryId: answered });
    else kept.push(item);
  }
  return { items: kept, setAside };
}

/** The report lines of newly answered out-of-scope questions; a held-out set gives counts by entry only. */
export function formatNewlyAnswered(file: string, setAside: readonly NewlyAnswered[], showItems = true): string[] {
  if (setAside.length === 0) return [];
  const shown = path.relative(process.cwd(), file);
  const where = shown && !shown.startsWith('..') ? shown : file;
  const notes = [`Note: ${setAside.length} question(s) labelled out of scope are answered by an entry with no evaluation question yet: left out of the figures. Check their label (expect the entry if it answers them):`];
  if (showItems) notes.push(...setAside.map(({ item, entryId }) => `  - ${where}${item.line !== undefined ? `:${item.line}` : ''}: "${item.q}" -> ${entryId}`));
  else notes.push(`  - entries: ${[...new Set(setAside.map((one) => one.entryId))].join(', ')}`);
  return notes;
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
