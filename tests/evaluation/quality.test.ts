import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { answererSystem } from '../../src/evaluation/answererSystem';
import { formatErrors } from '../../src/evaluation/evalReport';
import { loadDevSet } from '../../src/evaluation/loadEvalSet';
import { computeMetrics, runItems, type Metrics } from '../../src/evaluation/metrics';
import { naiveFuseBaseline } from '../../src/evaluation/naiveFuseBaseline';
import type { EvalSet, ItemResult } from '../../src/evaluation/types';

/** The quality floor of the product: do not lower it to make a matcher pass. */
const MIN_IN_SCOPE_TOP1 = 0.95;
const MIN_REJECTION = 0.9;

const root = path.resolve(__dirname, '../..');
let kb: KnowledgeBase;
let devSet: EvalSet;
let results: ItemResult[];
let ours: Metrics;

beforeAll(async () => {
  kb = await loadKnowledgeBase(path.join(root, 'knowledge'));
  devSet = loadDevSet(path.join(root, 'tests/fixtures/dev-set.yaml'), kb);
  results = runItems(answererSystem(kb), devSet.items);
  ours = computeMetrics(results);
});

describe('The development set', () => {
  test('is large enough, with many questions the sources cannot answer', () => {
    expect(devSet.items.length).toBeGreaterThanOrEqual(230);
    expect(devSet.items.filter((i) => i.expect === null).length).toBeGreaterThanOrEqual(60);
  });

  test('covers every fact entry of the knowledge base with at least 5 questions', () => {
    const facts = kb.entries.filter((e) => e.kind === 'answer' && !e.contextOnly);
    const thin = facts.filter((e) => devSet.items.filter((i) => i.expect === e.id).length < 5).map((e) => e.id);
    expect(thin).toEqual([]);
  });
});

describe('On the development set, our answerer', () => {
  test(`answers at least ${MIN_IN_SCOPE_TOP1 * 100} % of in-scope questions with the expected entry`, () => {
    const failures = formatErrors('ours', results.filter((r) => r.item.expect !== null));
    expect(ours.accuracy.rate, failures).toBeGreaterThanOrEqual(MIN_IN_SCOPE_TOP1);
  });

  test(`declines at least ${MIN_REJECTION * 100} % of the questions the sources cannot answer`, () => {
    const failures = formatErrors('ours', results.filter((r) => r.item.expect === null));
    expect(ours.rejection.rate, failures).toBeGreaterThanOrEqual(MIN_REJECTION);
  });

  test('does better than a naive Fuse.js search over the same questions', () => {
    // Fuse.js is slow (tens of ms a question): every 8th item keeps the test fast and the mix intact.
    const sample = devSet.items.filter((_, i) => i % 8 === 0);
    const baseline = computeMetrics(runItems(naiveFuseBaseline(kb), sample));
    const oursOnSample = computeMetrics(results.filter((_, i) => i % 8 === 0));
    expect(oursOnSample.harmonicMean).toBeGreaterThan(baseline.harmonicMean ?? 0);
  });
});
