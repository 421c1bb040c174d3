import { beforeAll, describe, expect, test } from 'vitest';
import { createAnswerer, type Answerer } from '../../src/answering/answerer';
import { loadKnowledgeBase } from '../../src/knowledge';
import { indexedTags, pairedTopicParts } from '../../src/knowledge/pairedTopics';
import { fixture } from '../knowledge/loadIssues';

describe('A paired tag', () => {
  test('is two words joined by " + ", and is not one of the words the entry is indexed by', () => {
    expect(pairedTopicParts('portage + étudiant')).toEqual(['portage', 'étudiant']);
    expect(pairedTopicParts('éligibilité')).toBeUndefined();
    expect(indexedTags(['âge', 'portage + étudiant', 'nationalité'])).toEqual(['âge', 'nationalité']);
  });
});

// Cycling and hiking are answered; cycling in the mountains is not ("vélo + montagne" on the notice).
describe('When a question names both words of a notice\'s paired tag', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer(await loadKnowledgeBase(fixture('knowledge-paired-tag')));
  });

  test('in the sentence that asks, it gets the honest notice, with each subject offered', () => {
    const decision = answerer.ask('Peut-on faire du vélo à la montagne ?');
    expect(decision.kind).toBe('not-available');
    expect(decision.notice?.entry.id).toBe('unavailable-mountain-biking');
    expect(decision.suggestions.map((s) => s.entry.id)).toContain('cycling');
  });

  test('one word alone is the answer\'s subject', () => {
    expect(answerer.ask('Comment faire du vélo ?').answers[0]?.entry.id).toBe('cycling');
    expect(answerer.ask('Comment marcher en montagne ?').answers[0]?.entry.id).toBe('hiking');
  });

  test('one word told as the asker\'s story, before the question, leaves the question answered', () => {
    const decision = answerer.ask("J'habite à la montagne. Comment apprendre le vélo ?");
    expect(decision.kind).toBe('answer');
    expect(decision.answers[0]?.entry.id).toBe('cycling');
  });

  test('a paired tag on an answer entry is ignored: its words do not make it a notice', () => {
    expect(answerer.ask('Faire du vélo en ville ?').answers[0]?.entry.id).toBe('cycling');
  });
});
