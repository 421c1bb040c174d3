import { describe, expect, test } from 'vitest';
import type { IndexedEntry, WeightedStems } from '../../src/matching/knowledgeIndex';
import { DEFAULT_MATCHING_OPTIONS } from '../../src/matching/matchingOptions';
import { finishScore, type ScoringQuery, type WeightedTerm } from '../../src/matching/scoreEntry';
import { entry } from './smallBase';

// The score formula on hand-made numbers (see the comment of finishScore).

const options = { ...DEFAULT_MATCHING_OPTIONS, questionEchoFloor: 0.5, echoAloneExponent: 3 };
const stems = (pairs: Array<[string, number]>): WeightedStems => ({
  stems: pairs.map(([s]) => s),
  weights: pairs.map(([, w]) => w),
  total: pairs.reduce((sum, [, w]) => sum + w, 0),
});
const term = (stem: string, weight: number, uncoveredScale = 1): WeightedTerm => ({
  stem,
  weight,
  confidence: 1,
  unknown: false,
  rare: false,
  discourse: false,
  focused: true,
  uncoveredScale,
});
function query(terms: WeightedTerm[], functionWordsOnly = false): ScoringQuery {
  return {
    terms,
    totalWeight: terms.reduce((sum, t) => sum + t.weight, 0),
    echoTerms: new Map(terms.map((t) => [t.stem, t])),
    echoScaledTotal: terms.reduce((sum, t) => sum + t.weight * t.uncoveredScale, 0),
    functionWordsOnly,
    topicWordCount: terms.length,
    hasContext: false,
  };
}
const indexed = (questions: Array<{ topic: WeightedStems; all: WeightedStems }>): IndexedEntry => ({
  entry: entry('e', ['e']),
  questionStems: new Set(),
  answerStems: new Set(),
  questions,
});
const one = (pairs: Array<[string, number]>, all = pairs) => ({ topic: stems(pairs), all: stems(all) });

describe('When an entry is scored for a query', () => {
  test('half the question echoed, in a query half made of it: echo 0.5, score bound x (0.5 + 0.5 x 0.5)', () => {
    // Recall 1/2 (a of a+b), precision 2/4 (a of a+c): F = 0.5.
    const score = finishScore(indexed([one([['a', 1], ['b', 1]])]), query([term('a', 2), term('c', 2)]), { bound: 0.64, factEcho: 0 }, options);
    expect(score).toBeCloseTo(0.64 * 0.75, 12);
  });

  test('a query that is one of the questions scores at least echo ^ 3 = 1, whatever its coverage', () => {
    expect(finishScore(indexed([one([['a', 1], ['b', 3]])]), query([term('a', 5), term('b', 1)]), { bound: 0.1, factEcho: 0 }, options)).toBe(1);
  });

  test('the best echoing question counts, and a full echo of the answer (a fact) stops the search', () => {
    const entryOf = indexed([one([['x', 1]]), one([['a', 1], ['b', 1]]), one([['a', 1]])]);
    expect(finishScore(entryOf, query([term('a', 1)]), { bound: 0.5, factEcho: 0 }, options)).toBe(1);
    expect(finishScore(indexed([one([['x', 1]])]), query([term('a', 1)]), { bound: 0.5, factEcho: 1 }, options)).toBe(1);
    // A partial fact echo counts like a question echo of that size.
    expect(finishScore(indexed([]), query([term('a', 1)]), { bound: 0.8, factEcho: 0.5 }, options)).toBeCloseTo(0.8 * 0.75, 12);
  });

  test('without any echo the score is the floor share of the bound', () => {
    expect(finishScore(indexed([one([['x', 1]])]), query([term('a', 1)]), { bound: 0.8, factEcho: 0 }, options)).toBeCloseTo(0.4, 12);
    expect(finishScore(indexed([one([])]), query([term('a', 1)]), { bound: 0.8, factEcho: 0 }, options)).toBeCloseTo(0.4, 12);
    expect(finishScore(indexed([one([['a', 1]])]), query([term('a', 1)]), { bound: 0.8, factEcho: 0 }, { ...options, questionEchoFloor: 1 })).toBe(1);
  });

  test("a question's words weigh by their weights in the recall, the query's by theirs in the precision", () => {
    // Recall 3/4 (a weighs 3 of 4), precision 1/(1+1) = 0.5: F = 0.6; 0.6 ^ 3 = 0.216 < bound part.
    const score = finishScore(indexed([one([['a', 3], ['b', 1]])]), query([term('a', 1), term('c', 1)]), { bound: 1, factEcho: 0 }, options);
    expect(score).toBeCloseTo(0.5 + 0.5 * 0.6, 12);
  });

  test('uncovered words of the query weigh by their scale in the precision (less in a long message)', () => {
    // c counts 2 x 0.25 = 0.5 as uncovered: precision 1 / (1 + 0.5); recall 1: F = 0.8; 0.8 ^ 3 = 0.512.
    const score = finishScore(indexed([one([['a', 1]])]), query([term('a', 1), term('c', 2, 0.25)]), { bound: 0.5, factEcho: 0 }, options);
    expect(score).toBeCloseTo(Math.max(0.5 * (0.5 + 0.5 * 0.8), 0.512), 12);
    expect(score).toBeCloseTo(0.512, 12);
  });

  test('a query of function words only is compared with all the words of the questions', () => {
    const entryOf = indexed([one([], [['tu', 1], ['qui', 1]])]);
    const asked = query([term('tu', 1), term('qui', 1)], true);
    expect(finishScore(entryOf, asked, { bound: 0.5, factEcho: 0 }, options)).toBe(1);
    expect(finishScore(entryOf, query([term('tu', 1), term('qui', 1)], false), { bound: 0.5, factEcho: 0 }, options)).toBeCloseTo(0.25, 12);
  });

  test('the echo summed over the query words (an inverted index per entry) is the best F-measure over its questions', () => {
    // A reference computed question by question, over random entries and queries (seeded).
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const vocabulary = 'abcdefghij'.split('');
    const pick = (n: number) => [...new Set(Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]))];
    const reference = (questions: WeightedStems[], asked: ScoringQuery): number => {
      let best = 0;
      for (const q of questions) {
        let present = 0, found = 0, foundScaled = 0;
        q.stems.forEach((s, i) => {
          const t = asked.echoTerms.get(s);
          if (!t) return;
          present += q.weights[i];
          found += t.weight;
          foundScaled += t.weight * t.uncoveredScale;
        });
        if (q.total === 0 || present === 0) continue;
        const recall = present / q.total;
        const precision = found / (found + asked.echoScaledTotal - foundScaled);
        best = Math.max(best, (2 * recall * precision) / (recall + precision));
      }
      return best;
    };
    for (let round = 0; round < 200; round++) {
      const questions = Array.from({ length: 1 + Math.floor(random() * 12) }, () => stems(pick(1 + Math.floor(random() * 5)).map((s) => [s, 0.2 + random() * 3])));
      const asked = query(pick(1 + Math.floor(random() * 6)).map((s) => term(s, 0.1 + random() * 3, random() < 0.3 ? random() : 1)));
      const echo = reference(questions, asked);
      // bound 1 and floor 0: the score is max(echo, echo ^ 3) = echo.
      const score = finishScore(indexed(questions.map((q) => ({ topic: q, all: q }))), asked, { bound: 1, factEcho: 0 }, { ...options, questionEchoFloor: 0 });
      expect(score).toBeCloseTo(echo, 12);
    }
  });
});
