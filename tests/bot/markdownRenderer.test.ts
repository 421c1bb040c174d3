import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTextRenderer } from '../../src/channels/textRenderer';
import type { Reply } from '../../src/conversation/replies';
import type { KnowledgeBase, KnowledgeEntry } from '../../src/knowledge/types';
import { actionsOf } from '../helpers/botConversation';
import { realKnowledgeBase } from '../helpers/knowledge';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKnowledgeBase();
});

const renderer = createTextRenderer({ maxSuggestedActions: 4 });
const render = (reply: Reply) => renderer.render(reply, { type: 'message' }) as Array<Partial<Activity>>;
const answer = (entry: KnowledgeEntry): Reply => ({ kind: 'answer', entry, related: [], feedback: true });
const firstOfKind = (kind: KnowledgeEntry['kind']) => kb.entries.find((entry) => entry.kind === kind)!;

describe('When the answerer is unsure (did you mean)', () => {
  test('the reply asks "Vouliez-vous dire…" with one button per candidate, showing its title and sending its main question', () => {
    const [a, b] = kb.entries.filter((entry) => entry.kind === 'answer');
    const [reply] = render({ kind: 'did-you-mean', typed: 'question', candidates: [a, b] });

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
    const [reply] = render(answer(entry));
    expect(reply.text).toBe(entry.answer);
  });
});

describe('When a source has an address', () => {
  test('the source line links to it', () => {
    const entry = { ...firstOfKind('answer'), source: { title: 'Fiche', updated: '2023-12-01', url: 'https://example.org/fiche' } };
    const [reply] = render(answer(entry));
    expect(reply.text).toContain('Source : [Fiche](https://example.org/fiche), mise à jour du 1er décembre 2023');
  });
});

describe('When nothing relevant is found (fallback)', () => {
  test('the reply is the honest "je ne sais pas"', () => {
    const [reply] = render({ kind: 'fallback', topics: [], examples: [] });
    expect(reply.text).toMatch(/je ne sais pas/i);
  });
});
