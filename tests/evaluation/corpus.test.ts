import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { answererSystem } from '../../src/evaluation/answererSystem';
import { formatErrors } from '../../src/evaluation/evalReport';
import { entriesWithoutQuestions, formatLabelNotes, formatNewlyAnswered, setAsideNewlyAnswered } from '../../src/evaluation/labelCoverage';
import { loadEvalSet } from '../../src/evaluation/loadEvalSet';
import { computeMetrics, runItems, type Metrics } from '../../src/evaluation/metrics';
import type { EvalSet, ItemResult } from '../../src/evaluation/types';
import { loadKnowledgeBase } from '../../src/knowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';

// The evaluation corpus of issue #9 (docs/matching.md, "Evaluation protocol"). The development half is
// scored here as a guard against regressions, a little below today's figures (so are the second set and the third
// set's tuning half); the sealed half and the third set's held-out half are only checked for shape: `npm run eval`
// scores them in aggregate (the sealed half when a change is finished), never the tests.
const GUARD = Object.freeze({ minTop1: 0.91, maxWrong: 0.02, minOneClick: 0.97, maxNothingOffered: 0.02, minRefused: 0.92 });
/** The second development set (writers 5 and 6: more long messages and paraphrases), a little below today's figures. */
const GUARD2 = Object.freeze({ minTop1: 0.91, maxWrong: 0.02, minOneClick: 0.97, maxNothingOffered: 0.02, minRefused: 0.88 });
/** The third set's tuning half (writers 7 to 9: paraphrases, long messages, English), a little below today's figures. */
const GUARD3 = Object.freeze({ minTop1: 0.89, maxWrong: 0.02, minOneClick: 0.96, maxNothingOffered: 0.02, minRefused: 0.9 });

const root = path.resolve(__dirname, '../..');
let kb: KnowledgeBase;
let dev: EvalSet;
let dev2: EvalSet;
let sealed: EvalSet;
let dev3: EvalSet;
let heldout3: EvalSet;
let results3: ItemResult[];
let results: ItemResult[];
let results2: ItemResult[];
let metrics: Metrics;

beforeAll(async () => {
  kb = await loadKnowledgeBase(path.join(root, 'knowledge'));
  dev = loadEvalSet(path.join(root, 'tests/fixtures/eval/eval-dev.yaml'), kb);
  dev2 = loadEvalSet(path.join(root, 'tests/fixtures/eval/eval-dev2.yaml'), kb);
  sealed = loadEvalSet(path.join(root, 'tests/fixtures/eval/eval-sealed.yaml.gz'), kb);
  dev3 = loadEvalSet(path.join(root, 'tests/fixtures/eval/eval-dev3.yaml'), kb);
  heldout3 = loadEvalSet(path.join(root, 'tests/fixtures/eval/eval-heldout3.yaml.gz'), kb);
  // Labels follow the base: an entry without development question, or a label whose entry is gone, is reported.
  // An out-of-scope question a new entry (no development question yet) answers is set aside and reported too.
  // As `npm run eval` does: an entry is labelled when either development set has a question for it.
  const unlabelled = entriesWithoutQuestions(kb, [dev, dev2, dev3]);
  const scored = setAsideNewlyAnswered(kb, dev.items, unlabelled);
  const notes = [...formatLabelNotes(dev.stale ?? [], unlabelled), ...formatNewlyAnswered(dev.source, scored.setAside), ...formatLabelNotes(sealed.stale ?? [], [], false)];
  if (notes.length) console.info(`Evaluation corpus:\n${notes.join('\n')}`);
  const system = answererSystem(kb);
  results = runItems(system, scored.items);
  metrics = computeMetrics(results);
  results2 = runItems(system, setAsideNewlyAnswered(kb, dev2.items, unlabelled).items);
  results3 = runItems(system, setAsideNewlyAnswered(kb, dev3.items, unlabelled).items);
}, 60_000);

describe('The evaluation corpus', () => {
  test('holds at least 600 questions, split in two halves of the same kinds', () => {
    expect(dev.items.length + sealed.items.length).toBeGreaterThanOrEqual(600);
    const kinds = (set: EvalSet) => [...new Set(set.items.map((i) => i.kind))].sort();
    expect(kinds(sealed)).toEqual(kinds(dev));
    expect(kinds(dev)).toEqual(expect.arrayContaining(['long', 'paraphrase', 'english', 'near-out-of-scope', 'far-out-of-scope', 'smalltalk']));
  });

  test('was written by independent writers, and no question is in two of its sets', () => {
    expect(new Set(dev.items.map((i) => i.by)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(dev2.items.map((i) => i.by))).toEqual(new Set(['writer-5', 'writer-6']));
    const devQuestions = new Set(dev.items.map((i) => i.q.toLowerCase()));
    const dev2Questions = new Set(dev2.items.map((i) => i.q.toLowerCase()));
    expect(sealed.items.filter((i) => devQuestions.has(i.q.toLowerCase()) || dev2Questions.has(i.q.toLowerCase()))).toEqual([]);
    expect(dev2.items.filter((i) => devQuestions.has(i.q.toLowerCase()))).toEqual([]);
  });

  test('has a third set by three more writers, split in a tuning half and a held-out half of the same kinds, new to the others', () => {
    const writers = new Set(['writer-7', 'writer-8', 'writer-9']);
    expect(new Set(dev3.items.map((i) => i.by))).toEqual(writers);
    expect(new Set(heldout3.items.map((i) => i.by))).toEqual(writers);
    const kinds = (set: EvalSet) => [...new Set(set.items.map((i) => i.kind))].sort();
    expect(kinds(heldout3)).toEqual(kinds(dev3));
    const earlier = new Set([...dev.items, ...dev2.items, ...sealed.items].map((i) => i.q.toLowerCase()));
    const third = [...dev3.items, ...heldout3.items].map((i) => i.q.toLowerCase());
    expect(third.filter((q) => earlier.has(q))).toEqual([]);
    expect(new Set(third).size).toBe(third.length);
  });

  test('is not copied into the knowledge base: only a few short phrasings meet by chance (« Bonsoir »)', () => {
    const phrasings = new Set(kb.entries.flatMap((e) => e.questions.map((q) => q.toLowerCase())));
    const corpus = [...dev.items, ...dev2.items, ...sealed.items, ...dev3.items, ...heldout3.items];
    const same = corpus.filter((i) => phrasings.has(i.q.toLowerCase())).length;
    expect(same / corpus.length).toBeLessThan(0.03);
  });
});

describe('On the development half of the corpus, our answerer', () => {
  test(`answers at least ${GUARD.minTop1 * 100} % of in-scope questions with the expected entry`, () => {
    expect(metrics.accuracy.rate ?? 0, formatErrors('ours', results)).toBeGreaterThanOrEqual(GUARD.minTop1);
  });

  test(`answers at most ${GUARD.maxWrong * 100} % of in-scope questions with another entry`, () => {
    expect(metrics.wrongAnswers.rate ?? 1).toBeLessThanOrEqual(GUARD.maxWrong);
  });

  test(`puts the expected entry one click away (answered or offered) for at least ${GUARD.minOneClick * 100} %`, () => {
    expect(metrics.oneClick.rate ?? 0).toBeGreaterThanOrEqual(GUARD.minOneClick);
  });

  test(`leaves at most ${GUARD.maxNothingOffered * 100} % of in-scope questions with nothing offered`, () => {
    expect(metrics.nothingOffered.rate ?? 1).toBeLessThanOrEqual(GUARD.maxNothingOffered);
  });

  test(`refuses at least ${GUARD.minRefused * 100} % of the questions the page cannot answer`, () => {
    expect(metrics.rejection.rate ?? 0).toBeGreaterThanOrEqual(GUARD.minRefused);
  });
});

/** Every figure of a set read for tuning stays on the right side of its guard. */
function expectAboveGuard(results: ItemResult[], guard: Readonly<Record<keyof typeof GUARD, number>>): void {
  const m = computeMetrics(results);
  expect(m.accuracy.rate ?? 0, formatErrors('ours', results)).toBeGreaterThanOrEqual(guard.minTop1);
  expect(m.wrongAnswers.rate ?? 1).toBeLessThanOrEqual(guard.maxWrong);
  expect(m.oneClick.rate ?? 0).toBeGreaterThanOrEqual(guard.minOneClick);
  expect(m.nothingOffered.rate ?? 1).toBeLessThanOrEqual(guard.maxNothingOffered);
  expect(m.rejection.rate ?? 0).toBeGreaterThanOrEqual(guard.minRefused);
}

describe('On the sets read for tuning, our answerer stays above the guard (top-1, wrong, one click away, nothing offered, refused)', () => {
  test('on the second development set', () => expectAboveGuard(results2, GUARD2));
  test("on the third set's tuning half", () => expectAboveGuard(results3, GUARD3));
});
