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

  test('between the common and the rare ranks the factor grows with the logarithm of the rank', () => {
    const rank = everydayRank('infirmier');
    expect(rank).toBeGreaterThan(options.commonUpToRank);
    expect(rank).toBeLessThan(options.rareFromRank);
    const share = Math.log(rank! / options.commonUpToRank) / Math.log(options.rareFromRank / options.commonUpToRank);
    expect(generalWordFactor('infirmier', options)).toBeCloseTo(0.3 + 0.7 * share, 12);
    expect(generalWordFactor('annonce', options)).toBeGreaterThan(0.3);
    expect(generalWordFactor('annonce', options)).toBeLessThan(generalWordFactor('infirmier', options));
  });

  test('a word ranked exactly at a bound takes that bound\'s factor', () => {
    const rank = everydayRank('annonce')!;
    expect(generalWordFactor('annonce', { ...options, commonUpToRank: rank })).toBe(0.3);
    expect(generalWordFactor('annonce', { ...options, commonUpToRank: rank - 1 })).toBeGreaterThan(0.3);
    expect(generalWordFactor('annonce', { ...options, rareFromRank: rank })).toBe(1);
    expect(generalWordFactor('annonce', { ...options, rareFromRank: rank + 1 })).toBeLessThan(1);
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

  test('only words with the same first two letters are looked at, within the edits allowed', () => {
    expect(closestEverydayWord('maisom', 1)).toEqual({ word: 'maison', edits: 1 });
    expect(closestEverydayWord('maizon', 1)).toEqual({ word: 'maison', edits: 1 });
    expect(closestEverydayWord('xaison', 1)).toBeUndefined();
    expect(closestEverydayWord('amison', 1)).toBeUndefined();
    expect(closestEverydayWord('obligatoirexx', 1)).toBeUndefined();
    expect(closestEverydayWord('obligatoirexx', 2)).toEqual({ word: 'obligatoire', edits: 2 });
  });

  test('an everyday word is its own closest word', () => {
    expect(closestEverydayWord('maison', 1)).toEqual({ word: 'maison', edits: 0 });
  });
});
