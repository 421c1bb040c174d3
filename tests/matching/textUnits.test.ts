import { describe, expect, test } from 'vitest';
import { editDistance } from '../../src/matching/editDistance';
import { matchableAnswer, stripMarkdown } from '../../src/matching/knowledgeIndex';
import { normalize, stripMarkup, tokenize } from '../../src/matching/normalize';
import { stem } from '../../src/matching/stem';
import { SynonymTable, type Word } from '../../src/matching/synonyms';
import type { KnowledgeEntry } from '../../src/knowledge/types';

// The small pieces of the text pipeline, each on its own.

describe('When two words are compared for a typo (edit distance)', () => {
  test.each([
    ['salarial', 'salarial', 0],
    ['salarail', 'salarial', 1],
    ['formaton', 'formation', 1],
    ['formation', 'formaton', 1],
    ['pyhton', 'python', 1],
    ['chat', 'chien', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['ab', 'ba', 1],
    ['abcd', 'badc', 2],
  ])('"%s" and "%s" are %i edits apart', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  test('beyond the limit it answers limit + 1, as soon as it knows', () => {
    expect(editDistance('chat', 'chien', 1)).toBe(2);
    expect(editDistance('chat', 'chien', 2)).toBe(3);
    expect(editDistance('a', 'abcd', 2)).toBe(3);
    expect(editDistance('abcdef', 'abcxyz', 2)).toBe(3);
    expect(editDistance('abcd', 'abce', 1)).toBe(1);
    expect(editDistance('xbcd', 'abcd', 0)).toBe(1);
  });

  test('only the diagonal band is computed, with the same result as the full table on random words', () => {
    // The full table, as a textbook writes it: the banded version must agree on every distance within the limit.
    const fullTable = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
      return d[a.length][b.length];
    };
    let seed = 11;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    const word = (length: number) => Array.from({ length }, () => 'abcd'[random(4)]).join('');
    for (let k = 0; k < 3000; k++) {
      const a = word(random(10));
      const b = random(2) ? word(random(10)) : a.slice(0, random(a.length + 1)) + word(random(3)) + a.slice(random(a.length + 1));
      const max = random(4);
      expect(editDistance(a, b, max), `${a} / ${b} within ${max}`).toBe(Math.min(fullTable(a, b), max + 1));
    }
    // Longer than the rows first allocated.
    expect(editDistance('a'.repeat(100) + 'b', 'a'.repeat(100) + 'c', 2)).toBe(1);
  });
});

describe('When text is normalised', () => {
  test('markup is not words: tags with attributes, entities and links are removed', () => {
    const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(spaced(stripMarkup('<b>Bonjour</b> &amp; <img src=x onerror=alert(1)> voir https://example.org/a?b=c et www.site.fr ! &#39;'))).toBe('Bonjour voir et !');
    expect(normalize('<script>alert("x")</script>Quelles études ?')).toBe('alert x quelles etudes');
    expect(normalize('5 < 6 et 7 > 3')).toBe('5 6 et 7 3');
  });

  test('every kind of apostrophe is read as one, and each elided word is written out', () => {
    expect(normalize('l’école d‘ingénieur jʼai m`a t´es')).toBe('le ecole de ingenieur je ai me a te es');
    expect(normalize("n'est s'il c'était lorsqu'il puisqu'on quoiqu'il jusqu'à")).toBe('ne est se il ce etait lorsque il puisque on quoique il jusque a');
    expect(normalize("aujourd'hui l'")).toBe('aujourd hui l');
  });

  test('ligatures and accents fold, and "qu\'est ce" / "qu\'est-ce" / "qu’estce" are one word', () => {
    expect(normalize('Cœur Æther ÉLÈVE')).toBe('coeur aether eleve');
    expect(normalize("qu'est ce que qu’est-ce que qu'estce")).toBe('questce que questce que questce');
    // Typed without its apostrophe, on a phone.
    expect(normalize('qu est ce que quest ce que qu est-ce')).toBe('questce que questce que questce');
    expect(normalize('est-ce que')).toBe('est ce que');
  });

  test('spaces collapse and the ends are trimmed; tokenize splits on them, and an empty text has no word', () => {
    expect(normalize('  deux   mots \n\t ')).toBe('deux mots');
    expect(tokenize('deux mots')).toEqual(['deux', 'mots']);
    expect(tokenize('')).toEqual([]);
  });
});

describe('When a word is stemmed', () => {
  test('plurals and verb forms meet; short words and numbers are left as they are', () => {
    expect(stem('formations')).toBe(stem('formation'));
    expect(stem('php')).toBe('php');
    expect(stem('sql')).toBe('sql');
    expect(stem('2023')).toBe('2023');
    expect(stem('20230')).toBe('20230');
    expect(stem('etudes')).toBe('etud');
    expect(stem('cherchez')).toBe('cherch');
  });

  test('a feminine participle typed without accents meets its masculine, as with them ("salariée portée" is "salarié porté")', () => {
    expect(stem('salariee')).toBe(stem('salarie'));
    expect(stem('salariees')).toBe(stem('salaries'));
    expect(stem('portee')).toBe(stem('porter'));
    expect(stem('qualifiee')).toBe(stem('qualifie'));
    expect(stem('employees')).toBe(stem('employe'));
    // "données" (data) is not a form of "donner" (to give); short words keep what Snowball makes of them.
    expect(stem('donnees')).not.toBe(stem('donner'));
    expect(stem('donnees')).toBe(stem('donnee'));
    expect(stem('fees')).toBe('fe');
  });
});

describe('When synonym rules rewrite words', () => {
  const table = new SynonymTable([
    { canonical: 'développeur', variants: ['dev', 'developer', 'Développeur'] },
    { canonical: 'portage salarial', variants: ['salarié porté', 'umbrella company', 'portage'] },
    { canonical: 'recherche', variants: ['chercher'] },
    { canonical: 'chercher client', variants: ['prospecter'] },
    { canonical: 'grand', variants: ['a', 'un'] },
  ]);
  const words = (text: string, confidence = 1): Word[] => tokenize(normalize(text)).map((w) => ({ text: w, confidence }));
  const apply = (text: string, literal?: Set<string>) => table.apply(words(text), literal).map((w) => w.text).join(' ');

  test('a variant, word or phrase, becomes its canonical words; other words stay', () => {
    expect(apply('un dev back')).toBe('un developpeur back');
    expect(apply('salarie porte et umbrella company')).toBe('portage salarial et portage salarial');
    expect(apply('le portage')).toBe('le portage salarial');
  });

  test('the longest phrase wins over a shorter one starting with the same word', () => {
    const phrases = new SynonymTable([
      { canonical: 'x', variants: ['back'] },
      { canonical: 'backend', variants: ['back end', 'back end developer'] },
    ]);
    expect(phrases.apply(words('back end developer et back end et back')).map((w) => w.text)).toEqual(['backend', 'et', 'backend', 'et', 'x']);
  });

  test('a text that starts like a longer phrase but stops short gets the longest phrase it completes; for the same words, the first rule read', () => {
    const phrases = new SynonymTable([
      { canonical: 'x', variants: ['back'] },
      { canonical: 'y', variants: ['back end developer'] },
      { canonical: 'z', variants: ['back'] },
    ]);
    expect(phrases.apply(words('back end et back end developer')).map((w) => w.text)).toEqual(['x', 'end', 'et', 'y']);
  });

  test('long words also match by stem ("cherchez" reads as "chercher"), short ones and literal words only as written', () => {
    expect(apply('vous cherchez')).toBe('vous recherche');
    expect(apply('devs')).toBe('devs');
    expect(apply('vous cherchez', new Set(['cherchez']))).toBe('vous cherchez');
    expect(apply('prospectez')).toBe('chercher client');
  });

  test('an English variant matches only as written: its French stem would meet French words ("gross", "une grosse partie")', () => {
    const phrases = new SynonymTable([{ canonical: 'salaire', variants: ['gross', 'rémunérer'] }]);
    const read = (text: string) => phrases.apply(words(text)).map((w) => w.text).join(' ');
    expect(read('une grosse partie')).toBe('une grosse partie');
    expect(read('gross pay')).toBe('salaire pay');
    expect(read('bien remunere')).toBe('bien salaire');
  });

  test('a lone grammatical word is never a variant, unless its canonical form is grammatical too', () => {
    expect(apply('un a')).toBe('un a');
    const grammatical = new SynonymTable([{ canonical: 'de', variants: ['du'] }]);
    expect(grammatical.apply(words('du pain')).map((w) => w.text)).toEqual(['de', 'pain']);
  });

  test('a table of thousands of phrases (its storage grown many times) still finds each one, and no phrase it was not given', () => {
    // Two-word phrases over 60 words: 3,600 phrases sharing their first and second words, so that the edge
    // table grows several times and its probes meet many neighbours.
    const letters = 'bcdfghjklmnpqrstvwxz';
    const vocabulary = Array.from({ length: 60 }, (_, i) => `mot${letters[i % 20]}${letters[Math.floor(i / 20)]}`);
    const rules = vocabulary.flatMap((first, i) => vocabulary.map((second, j) => ({ canonical: `regle${i}x${j}`, variants: [`${first} ${second} fin`] })));
    const big = new SynonymTable(rules);
    for (const [i, j] of [[0, 0], [0, 59], [59, 0], [31, 17], [59, 59]]) {
      expect(big.apply(words(`${vocabulary[i]} ${vocabulary[j]} fin`)).map((w) => w.text)).toEqual([`regle${i}x${j}`]);
    }
    // A prefix of a phrase is no phrase; nor is a phrase the rules never gave.
    expect(big.apply(words(`${vocabulary[3]} ${vocabulary[4]}`)).map((w) => w.text)).toEqual([vocabulary[3], vocabulary[4]]);
    expect(big.apply(words(`fin ${vocabulary[3]} fin`)).map((w) => w.text)).toEqual(['fin', vocabulary[3], 'fin']);
  });

  test('a rewritten phrase keeps the least confidence of its words', () => {
    const typed: Word[] = [
      { text: 'salarie', confidence: 1 },
      { text: 'porte', confidence: 0.8 },
      { text: 'dev', confidence: 0.9 },
    ];
    expect(table.apply(typed)).toEqual([
      { text: 'portage', confidence: 0.8 },
      { text: 'salarial', confidence: 0.8 },
      { text: 'developpeur', confidence: 0.9 },
    ]);
  });

  test('every word of the rules is known, to correct typos towards it', () => {
    expect([...table.words].sort()).toEqual(
      ['a', 'chercher', 'client', 'company', 'dev', 'developer', 'developpeur', 'grand', 'portage', 'porte', 'prospecter', 'recherche', 'salarial', 'salarie', 'umbrella', 'un'].sort(),
    );
  });
});

describe('When an answer is indexed', () => {
  test('Markdown marks are not words, and a link keeps its text only', () => {
    expect(stripMarkdown('**Django** et [AWS](https://aws.amazon.com) | `SQL` # > _x_').replace(/\s+/g, ' ')).toBe(' Django et AWS SQL x ');
    expect(stripMarkdown('[a](b) [c](d)')).toBe(' a   c ');
  });

  test('only a real answer states facts a question may name', () => {
    const entry = (kind: KnowledgeEntry['kind']): KnowledgeEntry => ({
      id: 'e',
      title: 'E',
      questions: ['e'],
      answer: '**Un** conseiller',
      kind,
      followups: [],
      tags: [],
      contextOnly: false,
      draft: false,
      location: { file: 'f', line: 1 },
    });
    expect(matchableAnswer(entry('answer'))).toBe(' Un  conseiller');
    expect(matchableAnswer(entry('not-available'))).toBe('');
    expect(matchableAnswer(entry('smalltalk'))).toBe('');
  });
});
