import { describe, expect, test } from 'vitest';
import { PackedWords } from '../../src/matching/packedWords';

describe('When a long list of words is packed for look-ups', () => {
  // 20,000 distinct words of two to six letters: many share prefixes and collide in the hash table.
  const letters = 'abcdefghij';
  const words = Array.from({ length: 20_000 }, (_, i) => `${letters[i % 10]}${String(i).split('').map((d) => letters[Number(d)]).join('')}`);
  const packed = PackedWords.from(words, words.map((_, i) => i + 1));

  test('every word is found with its own value, and read back by its position', () => {
    expect(packed.size).toBe(words.length);
    words.forEach((word, i) => {
      expect(packed.valueOf(word)).toBe(i + 1);
      expect(packed.wordAt(i)).toBe(word);
    });
  });

  test('a prefix, an extension or another word is not found', () => {
    expect(packed.valueOf(words[1234].slice(0, -1))).toBeUndefined();
    expect(packed.valueOf(`${words[1234]}a`)).toBeUndefined();
    expect(packed.valueOf('xyz')).toBeUndefined();
    expect(packed.valueOf('')).toBeUndefined();
  });

  test('a word given twice keeps its first value', () => {
    const twice = PackedWords.from(['maison', 'jardin', 'maison'], [1, 2, 3]);
    expect(twice.valueOf('maison')).toBe(1);
    expect(twice.valueOf('jardin')).toBe(2);
  });

  test('its hash table, kept and given back with the same words, finds the same words; one of other words is refused', () => {
    const again = new PackedWords(packed.text, packed.values, packed.slotTable);
    expect(again.valueOf(words[4321])).toBe(4322);
    expect(again.valueOf('xyz')).toBeUndefined();
    const other = PackedWords.from(words.slice(0, 19_000), words.slice(0, 19_000).map((_, i) => i));
    expect(() => new PackedWords(packed.text, packed.values, other.slotTable)).toThrow(/does not fit/);
    expect(() => new PackedWords(packed.text, packed.values, packed.slotTable.slice(0, 1024))).toThrow(/does not fit/);
  });

  test('an empty list finds nothing, and words and values that do not match in number are refused', () => {
    expect(PackedWords.from([], []).valueOf('maison')).toBeUndefined();
    expect(() => new PackedWords('maison jardin ', [1])).toThrow(/2 words for 1 values/);
  });
});
