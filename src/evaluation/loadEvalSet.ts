import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { KnowledgeBase } from '../knowledge/types';
import { splitStaleLabels } from './labelCoverage';
import { ITEM_KINDS, type EvalItem, type EvalSet, type ItemKind } from './types';

/** A problem in an evaluation set, with the line when known. */
export interface EvalSetIssue {
  line?: number;
  message: string;
}

/** Thrown when a set cannot be used; lists every problem at once. */
export class EvalSetError extends Error {
  constructor(
    readonly source: string,
    readonly issues: EvalSetIssue[],
  ) {
    super(
      `${source}: ${issues.length} problem(s)\n` +
        issues.map((i) => `  ${i.line ? `line ${i.line}: ` : ''}${i.message}`).join('\n'),
    );
    this.name = 'EvalSetError';
  }
}

const NONE = 'none';

/**
 * Parses an evaluation set from YAML text: either a list of items or `{ items: [...] }`,
 * each item `{ q, expect: <entry id> | none, kind }`. Returns the items and the shape problems.
 */
export function parseEvalSet(text: string, source: string): { set: EvalSet; issues: EvalSetIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const issues: EvalSetIssue[] = doc.errors.map((e) => ({
    line: e.linePos?.[0]?.line,
    message: e.message,
  }));
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;

  let list: unknown = doc.contents;
  if (isMap(list)) list = list.get('items', true);
  if (!isSeq(list)) {
    issues.push({ message: 'expected a list of items, or a map with an "items" list' });
    return { set: { source, items: [] }, issues };
  }

  const items: EvalItem[] = [];
  const seen = new Map<string, number | undefined>();
  for (const node of list.items) {
    const line = lineOf(node as Node);
    if (!isMap(node)) {
      issues.push({ line, message: 'an item must be a map { q, expect, kind }' });
      continue;
    }
    const raw = node.toJSON() as Record<string, unknown>;
    const unknownKeys = Object.keys(raw).filter((k) => !['q', 'expect', 'kind', 'by'].includes(k));
    if (unknownKeys.length) issues.push({ line, message: `unknown key(s): ${unknownKeys.join(', ')}` });

    const q = typeof raw.q === 'string' ? raw.q.trim() : '';
    if (!q) issues.push({ line, message: '"q" must be a non-empty string' });
    if (typeof raw.expect !== 'string' || !raw.expect.trim()) {
      issues.push({ line, message: `"expect" must be an entry id or "${NONE}"` });
    }
    if (!ITEM_KINDS.includes(raw.kind as ItemKind)) {
      issues.push({ line, message: `"kind" must be one of ${ITEM_KINDS.join(', ')} (got ${JSON.stringify(raw.kind)})` });
    }
    const key = q.toLowerCase();
    if (q && seen.has(key)) {
      issues.push({ line, message: `duplicate question (first at line ${seen.get(key)}): ${q}` });
    }
    seen.set(key, line);

    const expect = typeof raw.expect === 'string' ? raw.expect.trim() : '';
    const by = typeof raw.by === 'string' ? raw.by : undefined;
    items.push({ q, expect: expect === NONE ? null : expect, kind: raw.kind as ItemKind, line, ...(by && { by }) });
  }
  return { set: { source, items }, issues };
}

/**
 * Checks the expected ids against a knowledge base: each entry found must be reachable from free
 * text and be a real answer (a `not-available` entry counts as no answer, so expect `none`). An id
 * the base does not have is not a mistake of the set but a change of the base: see `splitStaleLabels`.
 */
export function checkAgainstKnowledgeBase(set: EvalSet, kb: KnowledgeBase): EvalSetIssue[] {
  const issues: EvalSetIssue[] = [];
  for (const item of set.items) {
    if (item.expect === null) continue;
    const entry = kb.byId.get(item.expect);
    if (!entry) {
      continue;
    } else if (entry.kind === 'not-available') {
      issues.push({ line: item.line, message: `"${item.expect}" is not-available: expect ${NONE} instead` });
    } else if (entry.contextOnly) {
      issues.push({ line: item.line, message: `"${item.expect}" is context-only and can never be matched from free text` });
    }
  }
  return issues;
}

/**
 * Reads and validates an evaluation set file; with a knowledge base, also checks the ids, and moves
 * the items whose entry is no longer in the base to `stale` (reported, not scored).
 * @throws EvalSetError listing every problem.
 * @example loadEvalSet('tests/fixtures/dev-set.yaml', kb).stale // [] when every label fits the base
 */
export function loadEvalSet(file: string, kb?: KnowledgeBase): EvalSet {
  // The sealed half is stored gzipped, so that nobody tuning the matcher reads it by accident.
  const bytes = readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  const { set, issues } = parseEvalSet(text, file);
  if (kb) issues.push(...checkAgainstKnowledgeBase(set, kb));
  if (issues.length) throw new EvalSetError(file, issues);
  if (!kb) return set;
  const { items, stale } = splitStaleLabels(set, kb);
  return { ...set, items, stale };
}

/** The development set is an evaluation set like any other. */
export const loadDevSet = loadEvalSet;
