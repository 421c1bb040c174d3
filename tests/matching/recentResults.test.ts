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

  test('a function of several arguments is kept by the key made of them', () => {
    const computed: string[] = [];
    const joined = keepingRecentResults(
      (text: string, times: number) => (computed.push(`${text}${times}`), text.repeat(times)),
      8,
      (text, times) => `${times}:${text}`,
    );
    expect(joined('ab', 2)).toBe('abab');
    expect(joined('ab', 3)).toBe('ababab');
    expect(joined('ab', 2)).toBe('abab');
    expect(computed).toEqual(['ab2', 'ab3']);
  });
});
