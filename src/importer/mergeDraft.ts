/**
 * Merges what the page proposes into the draft file, entry by entry:
 * - new on the page: added as a draft;
 * - a draft entry nobody changed since the last import: updated to the page's text;
 * - an entry a person edited or reviewed (`draft: false`): kept as it is; when the page changed,
 *   the page's new text is reported as a proposed change;
 * - gone from the page: removed if nobody touched it, kept otherwise;
 * - entries a person added by hand: kept.
 */
import type { Document, YAMLMap } from 'yaml';
import { entriesSeq, entryNode, idOf, newDraftDocument, setFileFields, updateEntryNode } from './draftYaml';
import { entryHash } from './hash';
import type { EntryRecord, ImportState } from './importState';
import { matchRecords } from './matchRecords';
import type { DraftEntry, DraftFields, DraftPlan, EntryChange } from './types';

export interface MergeInput {
  plan: DraftPlan;
  /** The draft file as it is now, or `undefined` for a first import. */
  doc: Document | undefined;
  state: ImportState | undefined;
  /** Ids used by the other knowledge files. */
  reservedIds: ReadonlySet<string>;
  target: string;
  pageFile: string;
}

/** A record to write in the sidecar: kept as it was, or made from the entry as finally written. */
export type PendingRecord = { keep: EntryRecord } | { fresh: Omit<EntryRecord, 'imported'> };

export interface MergeResult {
  doc: Document;
  changes: EntryChange[];
  records: PendingRecord[];
}

function findNode(doc: Document, id: string): YAMLMap | undefined {
  return entriesSeq(doc).items.find((node) => idOf(node) === id) as YAMLMap | undefined;
}

function indexOf(doc: Document, id: string): number {
  return entriesSeq(doc).items.findIndex((node) => idOf(node) === id);
}

/** What the importer would write for these fields, read the way a person's version is read. */
function importedHash(fields: DraftFields): string {
  return entryHash({ ...fields } as Record<string, unknown>);
}

function personTouched(node: YAMLMap, record: EntryRecord): { edited: boolean; reviewed: boolean } {
  const current = node.toJSON() as Record<string, unknown>;
  return { edited: entryHash(current) !== record.imported, reviewed: current.draft !== true };
}

function keptReason(touch: { edited: boolean; reviewed: boolean }): string {
  return touch.edited && touch.reviewed ? 'edited and reviewed by a person' : touch.edited ? 'edited by a person' : 'reviewed by a person';
}

/** Entries that offer `id` as a follow-up (other than those leaving with it). */
function followersOf(doc: Document, id: string, leaving: ReadonlySet<string>): string[] {
  return entriesSeq(doc).items.flatMap((node) => {
    const own = idOf(node);
    if (!own || own === id || (leaving.has(own) && own !== id)) return [];
    const followups = (node as YAMLMap).toJSON().followups as unknown;
    return Array.isArray(followups) && followups.includes(id) ? [own] : [];
  });
}

function uniqueId(wanted: string, taken: ReadonlySet<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

export function mergeDraft(input: MergeInput): MergeResult {
  const { plan } = input;
  const doc = input.doc ?? newDraftDocument(plan, input.target, input.pageFile);
  const state = input.doc ? input.state : undefined; // a deleted file starts afresh
  setFileFields(doc, plan);
  const seq = entriesSeq(doc);
  const records = state?.entries ?? [];
  const matched = matchRecords(plan.entries, records);
  const taken = new Set<string>([...input.reservedIds, ...seq.items.map(idOf).filter((id): id is string => id !== undefined), ...records.map((r) => r.id)]);
  const changes: EntryChange[] = [];
  const pending: PendingRecord[] = [];
  let lastIndex = -1;

  plan.entries.forEach((entry: DraftEntry, index) => {
    const record = matched.get(index);
    const id = record ? record.id : uniqueId(entry.fields.id, taken);
    taken.add(id);
    const fields: DraftFields = { ...entry.fields, id };
    const fresh = { id, part: entry.part, heading: entry.heading, page: entry.pageHash };
    const node = record ? findNode(doc, id) : undefined;

    if (!record) {
      const created = entryNode(doc, fields);
      created.spaceBefore = lastIndex + 1 > 0 || seq.items.length > 0;
      seq.items.splice(lastIndex + 1, 0, created);
      if (lastIndex + 1 === 0 && seq.items[1]) (seq.items[1] as YAMLMap).spaceBefore = true;
      lastIndex += 1;
      changes.push({ id, status: 'added', title: fields.title });
      pending.push({ fresh });
      return;
    }
    if (!node) {
      changes.push({ id, status: 'skipped', title: fields.title, reason: 'deleted by a person: not added again' });
      pending.push({ keep: record });
      return;
    }
    lastIndex = indexOf(doc, id);
    const touch = personTouched(node, record);
    if (touch.edited || touch.reviewed) {
      const pageChanged = record.page !== entry.pageHash;
      changes.push({
        id,
        status: 'kept',
        title: String(node.get('title') ?? fields.title),
        reason: pageChanged ? `${keptReason(touch)}; the page changed: proposed text below` : keptReason(touch),
        ...(pageChanged && { proposal: { heading: entry.heading, answer: fields.answer } }),
      });
      pending.push({ keep: record });
      return;
    }
    if (importedHash(fields) === record.imported) {
      changes.push({ id, status: 'unchanged', title: fields.title });
    } else {
      updateEntryNode(doc, node, fields);
      changes.push({ id, status: 'updated', title: fields.title, reason: record.page !== entry.pageHash ? 'the page changed' : 'phrasings regenerated' });
    }
    pending.push({ fresh });
  });

  // Entries of the last import that the page no longer has.
  const continued = new Set(matched.values());
  const gone = records.filter((record) => !continued.has(record));
  const goneIds = new Set(gone.map((record) => record.id));
  for (const record of gone) {
    const node = findNode(doc, record.id);
    if (!node) continue;
    const touch = personTouched(node, record);
    const title = String(node.get('title') ?? record.heading);
    const referrers = followersOf(doc, record.id, goneIds);
    if (touch.edited || touch.reviewed) {
      changes.push({ id: record.id, status: 'kept', title, reason: `${keptReason(touch)}; no longer on the page` });
      pending.push({ keep: record });
    } else if (referrers.length > 0) {
      // Removing it would leave a dangling follow-up: the base would not load.
      changes.push({ id: record.id, status: 'kept', title, reason: `no longer on the page, but ${referrers.join(', ')} offer it as a follow-up` });
      pending.push({ keep: record });
    } else {
      seq.items.splice(indexOf(doc, record.id), 1);
      changes.push({ id: record.id, status: 'removed', title, reason: 'no longer on the page' });
    }
  }
  if (seq.items[0]) (seq.items[0] as YAMLMap).spaceBefore = false;

  // Entries a person wrote by hand in the draft file.
  const known = new Set([...pending.map((p) => ('keep' in p ? p.keep.id : p.fresh.id))]);
  for (const node of seq.items) {
    const id = idOf(node);
    if (id && !known.has(id)) changes.push({ id, status: 'kept', title: String((node as YAMLMap).get('title') ?? id), reason: 'added by a person' });
  }
  return { doc, changes, records: pending };
}
