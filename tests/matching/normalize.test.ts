import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { foldLetters } from '../../src/text/fold';
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
  test('a mention typed in the chat box is not a word; an e-mail address keeps its words', () => {
    expect(normalize("@FAQbot c'est quoi le portage ? cc @marie.dupont")).toBe('ce est quoi le portage cc');
    expect(normalize('écrire à jean@exemple.fr')).toBe('ecrire a jean exemple fr');
  });
  test('the subject prefixes of a pasted mail ("Re:", "Fwd:", "TR :") are not words; "re" inside the text stays', () => {
    expect(normalize('Re: Fwd: TR : quelles études ?')).toBe('quelles etudes');
    expect(normalize('FW: le portage')).toBe('le portage');
    expect(normalize('Re bonjour')).toBe('re bonjour');
  });
  test('a pasted mail\'s signature, after its "--" line, is not words; a dash inside the text stays', () => {
    expect(normalize('Quelles études ?<br>--<br>Sophie D. | Chargée de projet | www.exemple.fr')).toBe('quelles etudes');
    expect(normalize('Quelles études ?\n-- \nPaul, comptable')).toBe('quelles etudes');
    expect(normalize('Back -- ou front ?')).toBe('back ou front');
  });
  test('English "they\'re" reads "they are", not a stray "re"', () => {
    expect(normalize("They're hiring? What're the skills?")).toBe('they are hiring what are the skills');
  });
});

describe('When letters are folded one character at a time (foldLetters)', () => {
  // Its definition: lower case, straight apostrophes, œ/æ written out, Unicode decomposition, combining marks removed.
  const byDefinition = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');

  test('every character of the first planes folds as the definition says, alone and between letters', () => {
    for (let code = 0; code < 0x3000; code++) {
      const text = `É${String.fromCharCode(code)}a${String.fromCharCode(code)}`;
      expect(foldLetters(text), `U+${code.toString(16)}`).toBe(byDefinition(text));
    }
  });

  test('any text, with accents typed apart, ligatures and other scripts, folds as the definition says', () => {
    const pieces = fc.constantFrom('e', 'É', 'ç', 'Œ', 'æ', '’', '`', '´', 'İ', 'ẞ', '\u0301', '\u0327', 'ﬁ', 'ǅ', 'Å', '\u212b', 'ſ', '😀', ' ', '?', 'ʼ', 'Ǿ');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')));
    fc.assert(fc.property(text, (t) => foldLetters(t) === byDefinition(t)), { numRuns: 3000 });
  });
});

describe('When any text is normalised', () => {
  test('what comes out is words of letters and digits, one space apart, none at either end', () => {
    const pieces = fc.constantFrom("l'", "qu'est-ce", ' ', '\n\t', 'É', '’', "'", '-', '?', 'abc', "jusqu'", '<b>', '&amp;', '\u00a0', 'œ', '\u0301', '0', '_');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(pieces, { maxLength: 15 }).map((parts) => parts.join('')));
    fc.assert(fc.property(text, (t) => /^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/.test(normalize(t))), { numRuns: 3000 });
  });
});
