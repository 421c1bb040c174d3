import { describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge';
import { fixture } from './loadIssues';

describe('When a valid knowledge folder is loaded', () => {
  test('file-level defaults apply to entries that do not set their own', async () => {
    const kb = await loadKnowledgeBase(fixture('knowledge-valid'));
    const alpha = kb.byId.get('test-alpha');
    expect(alpha).toMatchObject({
      title: "Qu'est-ce que alpha ?",
      kind: 'answer',
      profile: 'testeur',
      theme: 'Tests',
      contextOnly: false,
      draft: false,
      tags: [],
      followups: ['test-beta'],
      source: { title: 'Page de test', updated: '2024-01-15' },
      location: { file: 'knowledge-valid/faq.yaml', line: 8 },
    });
  });

  test('an entry overrides the defaults and context_only becomes contextOnly', async () => {
    const kb = await loadKnowledgeBase(fixture('knowledge-valid'));
    expect(kb.byId.get('test-beta')).toMatchObject({
      title: 'Bêta',
      kind: 'smalltalk',
      profile: 'autre',
      contextOnly: true,
      draft: true,
      answer: 'Bêta vient après alpha.',
      tags: ['lettres'],
      followups: [],
      location: { file: 'knowledge-valid/faq.yaml', line: 17 },
    });
  });

  test('synonyms come from synonyms.yaml and are not read as entries', async () => {
    const kb = await loadKnowledgeBase(fixture('knowledge-valid'));
    expect(kb.synonyms).toEqual([
      { canonical: 'bêta', variants: ['beta', 'b'], location: { file: 'knowledge-valid/synonyms.yaml', line: 2 } },
    ]);
    expect(kb.entries.map((entry) => entry.id)).toEqual(['test-alpha', 'test-beta']);
    expect(kb.files).toEqual(['faq.yaml', 'synonyms.yaml']);
  });
});
