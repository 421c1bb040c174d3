import { beforeAll, describe, expect, test } from 'vitest';
import type { Decision } from '../../src/answering/types';
import { markdownRenderer } from '../../src/bot/markdownRenderer';
import type { KnowledgeBase, KnowledgeEntry } from '../../src/knowledge/types';
import { actionsOf } from '../helpers/botConversation';
import { realKnowledgeBase } from '../helpers/knowledge';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKnowledgeBase();
});

const decision = (kind: Decision['kind'], fields: Partial<Decision> = {}): Decision => ({
  kind,
  question: 'question',
  answers: [],
  suggestions: [],
  ...fields,
});
const firstOfKind = (kind: KnowledgeEntry['kind']) => kb.entries.find((entry) => entry.kind === kind)!;

describe('When the answerer is unsure (did you mean)', () => {
  test('the reply asks "Vouliez-vous dire…" with one button per candidate, showing its title and sending its main question', () => {
    const [a, b] = kb.entries.filter((entry) => entry.kind === 'answer');
    const [reply] = markdownRenderer.decision(
      decision('suggest', { suggestions: [{ entry: a, score: 0.4 }, { entry: b, score: 0.3 }] }),
      kb,
    );

    expect(reply.text).toContain('Vouliez-vous dire…');
    expect(actionsOf(reply)).toEqual([
      { type: 'imBack', title: a.title, value: a.questions[0] },
      { type: 'imBack', title: b.title, value: b.questions[0] },
    ]);
  });
});

describe('When an answer has no source (small talk)', () => {
  test('the reply is the answer alone, without a source line', () => {
    const entry = { ...firstOfKind('smalltalk'), source: undefined };
    const [reply] = markdownRenderer.decision(decision('answer', { answers: [{ entry, score: 1 }] }), kb);
    expect(reply.text).toBe(entry.answer);
  });
});

describe('When a source has an address', () => {
  test('the source line links to it', () => {
    const entry = { ...firstOfKind('answer'), source: { title: 'Fiche', updated: '2023-12-01', url: 'https://example.org/fiche' } };
    const [reply] = markdownRenderer.decision(decision('answer', { answers: [{ entry, score: 1 }] }), kb);
    expect(reply.text).toContain('Source : [Fiche](https://example.org/fiche), mise à jour du 1er décembre 2023');
  });
});

describe('When the decision is "not available" without a notice entry', () => {
  test('the reply falls back to the honest "je ne sais pas"', () => {
    const [reply] = markdownRenderer.decision(decision('not-available'), kb);
    expect(reply.text).toMatch(/je ne sais pas/i);
  });
});
