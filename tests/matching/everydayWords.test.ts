import { describe, expect, test } from 'vitest';
import { closestEverydayWord, everydayRank, generalWordFactor, isEverydayWord } from '../../src/matching/everydayWords';

const options = { commonUpToRank: 2000, rareFromRank: 20000, commonWordFactor: 0.3 };

describe('When a word the knowledge base never uses is weighed', () => {
  test('an everyday French word weighs less than a rare one', () => {
    expect(generalWordFactor('annonce', options)).toBeLessThan(generalWordFactor('infirmier', options));
    expect(generalWordFactor('annonce', options)).toBeLessThan(1);
  });

  test('a word found in neither list (a product, an acronym, a typo) weighs fully', () => {
    expect(everydayRank('sasu')).toBeUndefined();
    expect(generalWordFactor('sasu', options)).toBe(1);
  });

  test('the commonest words get the least factor, and accents do not matter', () => {
    expect(generalWordFactor('general', options)).toBe(0.3);
    // The lists spell "déjà", "être" (both among the first 200 French words); "deja" and "etre" are
    // also there, far down, as misspellings: the folded word takes the rank of the accented one.
    for (const word of ['deja', 'etre']) {
      expect(everydayRank(word), word).toBeLessThan(200);
      expect(generalWordFactor(word, options), word).toBe(0.3);
    }
    expect(everydayRank('déjà')).toBeUndefined();
  });

  test('English words count as everyday words too, so they are not read as typos', () => {
    expect(isEverydayWord('matter')).toBe(true);
    expect(isEverydayWord('actually')).toBe(true);
    expect(isEverydayWord('obligatoir')).toBe(false);
  });
});

describe('When a misspelt everyday word is corrected', () => {
  test.each([
    ['obligatoir', 'obligatoire'],
    ['travailer', 'travailler'],
  ])('"%s" becomes "%s"', (typo, word) => {
    expect(closestEverydayWord(typo, 2)?.word).toBe(word);
  });

  test('a word too far from any everyday word is left alone', () => {
    expect(closestEverydayWord('xqzwvkj', 1)).toBeUndefined();
  });
});
