import { describe, expect, test } from 'vitest';
import { keepingRecentResults } from '../../src/matching/recentResults';

describe('When a text function keeps its recent results', () => {
  test('a text seen lately is not computed again; past the size, the results are computed afresh and the same', () => {
    const computed: string[] = [];
    const upper = keepingRecentResults((text: string) => (computed.push(text), text.toUpperCase()), 3);
    expect(upper('a')).toBe('A');
    expect(upper('a')).toBe('A');
    expect(computed).toEqual(['a']);
    for (const text of ['b', 'c', 'd']) upper(text);
    expect(upper('a')).toBe('A');
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
