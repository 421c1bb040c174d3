import { describe, expect, test } from 'vitest';
import { generalWordFactor } from '../../src/matching/everydayWords';
import { createMatcher } from '../../src/matching/matcher';
import { DEFAULT_MATCHING_OPTIONS as options } from '../../src/matching/matchingOptions';
import { baseOf, entry } from './smallBase';

// How much each word of a question weighs, on a base of two entries where the figures are easy:
// "alpha" is in both (idf ln(1 + 2/2) = ln 2), "beta", "gamma", "delta", "epsilon" in one (ln 3, the highest).

const matcher = createMatcher(
  baseOf([
    entry('first', ['alpha beta', 'beta alpha ?'], { answer: 'Texte delta.' }),
    entry('second', ['alpha gamma', 'gamma alpha ?'], { answer: 'Texte epsilon.' }),
  ]),
);
const weights = (question: string) => Object.fromEntries(matcher.explain(question).map((t) => [t.stem, t.weight]));
const termOf = (question: string, stem: string) => {
  const found = matcher.explain(question).find((t) => t.stem === stem);
  if (!found) throw new Error(`no term ${stem} in "${question}"`);
  return found;
};
const maxIdf = Math.log(3);
const unknownWeight = maxIdf * options.unknownWordWeight;

describe('When a question is weighed', () => {
  test('a known word weighs its rarity among the entries, whether in questions or in answers', () => {
    expect(weights('alpha beta epsilon')).toEqual({ alpha: Math.log(2), bet: Math.log(3), epsilon: Math.log(3) });
    expect(termOf('beta', 'bet')).toMatchObject({ unknown: false, rare: false, focused: true, uncoveredScale: 1, confidence: 1 });
  });

  test('an everyday word that only answers use ("une partie", "n\'importe quel") weighs less, like an unknown one', () => {
    const everyday = generalWordFactor('delta', options.everydayWords);
    expect(everyday).toBeLessThan(1);
    expect(weights('delta')).toEqual({ delt: Math.log(3) * everyday });
    expect(termOf('delta', 'delt')).toMatchObject({ unknown: false, rare: false });
    // In a question, the same everyday word keeps its full weight: it names what the entry is asked about.
    expect(generalWordFactor('alpha', options.everydayWords)).toBeLessThan(1);
    expect(weights('alpha')).toEqual({ alpha: Math.log(2) });
  });

  test('the topic word a question sets aside ("à part la technique", read "hormis") weighs less; the words after it do not', () => {
    expect(weights('hormis la gamma alpha')).toEqual({ gamm: Math.log(3) * options.excludedWordWeight, alpha: Math.log(2) });
    expect(termOf('hormis la gamma', 'gamm')).toMatchObject({ focused: true });
    expect(weights('gamma alpha')).toEqual({ gamm: Math.log(3), alpha: Math.log(2) });
  });

  test('an unknown word weighs a share of the rarest known word; less when it is an everyday word', () => {
    expect(termOf('zorglub', 'zorglub')).toMatchObject({ weight: unknownWeight, unknown: true, rare: true });
    const everyday = generalWordFactor('maison', options.everydayWords);
    expect(everyday).toBe(options.everydayWords.commonWordFactor);
    expect(termOf('maison', 'maison')).toMatchObject({ weight: unknownWeight * everyday, unknown: true, rare: false });
  });

  test('in a question of 4 topic words or more, an unknown word that follows no article is likely a verb: it weighs less', () => {
    expect(termOf('zorglub alpha beta', 'zorglub').weight).toBe(unknownWeight);
    expect(termOf('zorglub alpha beta gamma', 'zorglub').weight).toBeCloseTo(unknownWeight * options.unknownNonNounFactor, 12);
    expect(termOf('un zorglub alpha beta gamma', 'zorglub').weight).toBe(unknownWeight);
  });

  test('a greeting weighs as a discourse word', () => {
    const factor = generalWordFactor('bonjour', options.everydayWords);
    expect(termOf('bonjour beta', '~bonjour')).toMatchObject({ discourse: true, unknown: true });
    expect(termOf('bonjour beta', '~bonjour').weight).toBeCloseTo(unknownWeight * factor * options.discourseWeight, 12);
  });

  test('in a message longer than 5 topic words, an uncovered word counts less: known ones by (5/n)^1.5, unknown ones by (5/n)^2', () => {
    const long = 'alpha beta gamma delta epsilon zorglub';
    expect(termOf(long, 'bet').uncoveredScale).toBeCloseTo((5 / 6) ** 1.5, 12);
    expect(termOf(long, 'zorglub').uncoveredScale).toBeCloseTo((5 / 6) ** 2, 12);
    expect(termOf(long, 'bet').weight).toBe(Math.log(3));
    expect(termOf('alpha beta gamma delta epsilon', 'bet').uncoveredScale).toBe(1);
  });

  test('the words of a context sentence weigh 0.2 of the question\'s, and a word in both keeps its question weight', () => {
    const message = 'Je parle de beta. Comment alpha ?';
    expect(termOf(message, 'bet')).toMatchObject({ focused: false, uncoveredScale: options.focus.contextFocus });
    expect(termOf(message, 'bet').weight).toBeCloseTo(Math.log(3) * options.focus.contextFocus, 12);
    expect(termOf(message, 'alpha')).toMatchObject({ weight: Math.log(2), focused: true, uncoveredScale: 1 });
    expect(termOf('Je parle de beta. Comment beta ?', 'bet')).toMatchObject({ weight: Math.log(3), focused: true });
  });
});

describe('When a word of an entry is incidental', () => {
  // "maison" is an everyday word found in one phrasing of `house` only, not in its title: it counts half;
  // `garden` also has it in its answer: it counts there as answer text would (0.85).
  const incidental = createMatcher(
    baseOf([
      entry('house', ['alpha beta', 'beta alpha maison'], { answer: 'Texte.' }),
      entry('garden', ['gamma delta', 'delta gamma'], { answer: 'Une maison.' }),
      entry('titled', ['epsilon zeta', 'zeta epsilon ville'], { title: 'La ville', answer: 'Texte.' }),
    ]),
  );
  const weightOf = (question: string) => incidental.explain(question)[0].weight;
  const idf = (entriesWithIt: number) => Math.log(1 + 3 / entriesWithIt);

  test('its weight is its rarity times its best credit', () => {
    expect(weightOf('maison')).toBeCloseTo(idf(2) * options.incidental.credit, 12);
    expect(weightOf('beta')).toBeCloseTo(idf(1), 12);
  });

  test('an incidental word the answer also says counts as answer text would', () => {
    const alsoInAnswer = createMatcher(baseOf([entry('house', ['alpha beta', 'beta alpha maison'], { answer: 'Une maison.' }), entry('other', ['gamma', 'gamma ?'])]));
    expect(alsoInAnswer.explain('maison')[0].weight).toBeCloseTo(Math.log(1 + 2 / 1) * options.incidental.answerCredit, 12);
  });

  test('small talk has no incidental word', () => {
    const smallTalk = createMatcher(baseOf([entry('hi', ['alpha beta', 'beta alpha maison'], { kind: 'smalltalk' }), entry('other', ['gamma', 'gamma ?'])]));
    expect(smallTalk.explain('maison')[0].weight).toBeCloseTo(Math.log(1 + 2 / 1), 12);
  });

  test('a word of the title is never incidental', () => {
    expect(weightOf('ville')).toBeCloseTo(idf(1), 12);
  });
});

describe('When a question opens with "quel(le)s" or "which"', () => {
  test('the noun it asks for weighs askedWordWeight times more ("Quelles *missions*…", "Which *skills*…")', () => {
    expect(weights('quelles beta')).toEqual({ bet: Math.log(3) * options.askedWordWeight });
    expect(weights('which beta alpha')).toEqual({ bet: Math.log(3) * options.askedWordWeight, alpha: Math.log(2) });
  });

  test('a word that qualifies the noun is passed over ("quel *type* de beta")', () => {
    expect(weights('quel type de beta')).toMatchObject({ bet: Math.log(3) * options.askedWordWeight });
  });

  test('other shapes weigh every word alike ("what does" asks about the verb; "comment" names no noun)', () => {
    expect(weights('what does beta do')).toMatchObject({ bet: Math.log(3) });
    expect(weights('comment beta')).toEqual({ bet: Math.log(3) });
  });
});
