import { describe, expect, test } from 'vitest';
import { syntheticKnowledgeBase, syntheticQueries } from '../../src/evaluation/syntheticBase';

describe('When generating the synthetic knowledge base', () => {
  const kb = syntheticKnowledgeBase({ entries: 2000, seed: 42 });

  test('it holds the requested number of entries with unique ids', () => {
    expect(kb.entries).toHaveLength(2000);
    expect(kb.byId.size).toBe(2000);
  });

  test('every entry has 5 to 8 distinct French phrasings and an answer', () => {
    for (const e of kb.entries) {
      expect(e.questions.length).toBeGreaterThanOrEqual(5);
      expect(e.questions.length).toBeLessThanOrEqual(8);
      expect(new Set(e.questions).size).toBe(e.questions.length);
      expect(e.answer.length).toBeGreaterThan(40);
      expect(e.questions.join(' ')).not.toMatch(/[{}]|\s{2}/);
    }
  });

  test('the vocabulary is varied', () => {
    const words = new Set(kb.entries.flatMap((e) => e.questions.join(' ').toLowerCase().split(/[^\p{L}]+/u)));
    expect(words.size).toBeGreaterThan(400);
  });

  test('the same seed gives the same base and another seed a different one', () => {
    const text = (k: typeof kb) => k.entries.map((e) => [e.id, ...e.questions, e.answer].join('|')).join('\n');
    const small = (seed: number) => syntheticKnowledgeBase({ entries: 300, seed });
    expect(text(small(42))).toBe(text(small(42)));
    expect(text(small(43))).not.toBe(text(small(42)));
  });

  test('asking for more entries than the vocabulary allows is refused', () => {
    expect(() => syntheticKnowledgeBase({ entries: 1_000_000 })).toThrow(RangeError);
  });

  test('queries are deterministic variations of its phrasings', () => {
    const q = syntheticQueries(kb, 50, 1);
    expect(q).toHaveLength(50);
    expect(syntheticQueries(kb, 50, 1)).toEqual(q);
    expect(q.every((s) => s.length > 5)).toBe(true);
  });
});
