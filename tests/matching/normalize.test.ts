import { describe, expect, test } from 'vitest';
import { normalize, tokenize } from '../../src/matching/normalize';

describe('When normalising French text', () => {
  test('case, accents and ligatures are folded', () => {
    expect(normalize('Étude ÇA Œuvre Développeur')).toBe('etude ca oeuvre developpeur');
  });
  test('elisions are written out, with straight or curly apostrophes', () => {
    expect(normalize("L'école d’ingénieur qu'il a choisie, jusqu'ici")).toBe('le ecole de ingenieur que il a choisie jusque ici');
  });
  test('"qu\'est-ce" (what is) stays apart from "est-ce" (yes or no)', () => {
    expect(normalize("Qu'est-ce que c'est ?")).toBe('questce que ce est');
  });
  test('punctuation and hyphens become word breaks', () => {
    expect(tokenize(normalize('back-end, front-end ; 40 % ?!'))).toEqual(['back', 'end', 'front', 'end', '40']);
  });
  test('an empty or punctuation-only text gives no words', () => {
    expect(tokenize(normalize(' ?! … '))).toEqual([]);
  });
});
