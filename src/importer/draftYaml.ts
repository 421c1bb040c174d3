/**
 * The draft as a YAML document, built and changed through the `yaml` Document API so that
 * a person's comments and layout survive a re-import.
 */
import path from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { SCHEMA_DIR } from '../knowledge/schemas';
import type { DraftFields, DraftPlan } from './types';

/** Keys the importer owns in an entry it wrote; anything else a person adds is left alone. */
const ENTRY_KEYS = ['title', 'questions', 'answer', 'tags', 'theme'] as const;
export const STRINGIFY_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

function header(plan: DraftPlan, target: string, pageFile: string): string {
  const schema = path.relative(path.dirname(path.resolve(target)), path.join(SCHEMA_DIR, 'knowledge.schema.json')).split(path.sep).join('/');
  const lines = [
    `yaml-language-server: $schema=${schema.startsWith('.') ? schema : `./${schema}`}`,
    '',
    `Job profile "${plan.jobTitle}": DRAFT imported by \`npm run kb:import\` from ${path.basename(pageFile)}.`,
    'How to review (support staff):',
    "  - Each entry's answer is the page's text: shorten or rephrase it, keeping only facts from the page.",
    '  - `questions`: the first one is the page heading or question; the others are generated: remove odd ones,',
    '    add the ways people really ask.',
    '  - When an entry is right, set `draft: false`. A reviewed or edited entry is never overwritten by a later',
    '    import of the page: the import report shows the new page text instead.',
    `  - Keep every \`id\`: re-imports match entries by id (.import/${plan.profile}.json records what was imported).`,
    '  - Check with `npm run kb:check`.',
  ];
  // A line holding one space prints as a bare "#", which keeps the comment in one block.
  return lines.map((line) => ` ${line}`.trimEnd() || ' ').join('\n');
}

function styled(doc: Document, key: (typeof ENTRY_KEYS)[number] | 'id' | 'draft', value: unknown) {
  const node = doc.createNode(value);
  if (key === 'answer' && isScalar(node)) (node as Scalar).type = 'BLOCK_LITERAL';
  if (key === 'tags' && isSeq(node)) (node as YAMLSeq).flow = true;
  return node;
}

/** An entry as a YAML map in the order people read it: id, title, questions, answer, tags, theme, draft. */
export function entryNode(doc: Document, fields: DraftFields): YAMLMap {
  const map = doc.createNode({}) as YAMLMap;
  for (const key of ['id', ...ENTRY_KEYS, 'draft'] as const) {
    const value = fields[key];
    if (value !== undefined) map.set(key, styled(doc, key, value));
  }
  map.spaceBefore = true;
  return map;
}

/** Replaces the importer's fields of an existing entry in place: its comments and extra keys stay. */
export function updateEntryNode(doc: Document, map: YAMLMap, fields: DraftFields): void {
  for (const key of ENTRY_KEYS) {
    const value = fields[key];
    if (value === undefined) map.delete(key);
    else map.set(key, styled(doc, key, value));
  }
}

/** The file-level fields follow the page; a theme or a profile name a person chose is kept. */
export function setFileFields(doc: Document, plan: DraftPlan): void {
  doc.setIn(['source', 'title'], plan.source.title);
  if (plan.source.updated) doc.setIn(['source', 'updated'], plan.source.updated);
  doc.set('profile', plan.profile);
  // The "which job?" buttons read this name; without it they would show the id ("data-analyst").
  if (!doc.has('profile_name')) insertAfter(doc, 'profile', 'profile_name', plan.jobTitle);
  if (!doc.has('theme')) doc.set('theme', plan.theme);
}

/** Adds a top-level key right after another one, where people expect to read it (not after `entries`). */
function insertAfter(doc: Document, after: string, key: string, value: unknown): void {
  const map = doc.contents;
  if (!isMap(map)) return void doc.set(key, value);
  const index = map.items.findIndex((item) => isScalar(item.key) && item.key.value === after);
  if (index < 0) return void doc.set(key, value);
  map.items.splice(index + 1, 0, doc.createPair(key, value));
}

/** A new draft file: header comment, file-level fields, then `entries` after a blank line. */
export function newDraftDocument(plan: DraftPlan, target: string, pageFile: string): Document {
  const doc = new Document({ source: plan.source, profile: plan.profile, profile_name: plan.jobTitle, theme: plan.theme, entries: [] });
  doc.commentBefore = header(plan, target, pageFile);
  const pair = (doc.contents as YAMLMap).items.find((item) => isScalar(item.key) && item.key.value === 'entries');
  if (pair && isScalar(pair.key)) pair.key.spaceBefore = true;
  return doc;
}

export function entriesSeq(doc: Document): YAMLSeq {
  const seq = doc.get('entries', true);
  if (isSeq(seq)) return seq;
  const created = doc.createNode([]) as YAMLSeq;
  doc.set('entries', created);
  return created;
}

export function idOf(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const id = node.get('id');
  return typeof id === 'string' ? id : undefined;
}

export function parseDraft(text: string): Document {
  return parseDocument(text);
}
