import { beforeAll, describe, expect, test } from 'vitest';
import { createAnswerer } from '../../src/answering/answerer';
import type { Decision } from '../../src/answering/types';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { DEFAULT_MATCHING_OPTIONS } from '../../src/matching/matchingOptions';
import { baseWithDraftEntry } from './knowledgeBases';

const DRAFT = 'data-scientist-studies';
const QUESTION = 'Quelle formation pour devenir data scientist ?';
const entryIds = (d: Decision) => [...d.answers, ...d.suggestions, ...(d.notice ? [d.notice] : [])].map((s) => s.entry.id);

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await baseWithDraftEntry(DRAFT);
}, 30_000);

describe('An entry still marked draft: true (imported, not reviewed yet)', () => {
  test('is loaded, and marked as a draft', () => {
    expect(kb.byId.get(DRAFT)?.draft).toBe(true);
  });

  test('is never given, not even as a suggestion, by default', () => {
    const decision = createAnswerer(kb).ask(QUESTION);
    expect(entryIds(decision)).not.toContain(DRAFT);
  });

  test('is answered when drafts are included (to preview an import)', () => {
    const preview = createAnswerer(kb, { matching: { ...DEFAULT_MATCHING_OPTIONS, includeDrafts: true } });
    const decision = preview.ask(QUESTION);
    expect(decision.kind).toBe('answer');
    expect(decision.answers[0].entry.id).toBe(DRAFT);
  });
});
