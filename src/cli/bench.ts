/**
 * `npm run bench [-- --entries 2000] [--rounds 20] [--baseline-questions 30] [--seed 42] [--json]`
 * Index build time and per-question latency of our answerer and of the naive Fuse.js baseline,
 * on the real knowledge base and on a synthetic base of `--entries` entries, in one process.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createAnswerer } from '../answering/answerer';
import { loadKnowledgeBase } from '../knowledge';
import type { KnowledgeBase } from '../knowledge/types';
import { measureBuild, measureLatency, type BuildTiming } from '../evaluation/benchmark';
import type { LatencyStats } from '../evaluation/latencyStats';
import { loadDevSet } from '../evaluation/loadEvalSet';
import { naiveFuseBaseline } from '../evaluation/naiveFuseBaseline';
import { syntheticKnowledgeBase, syntheticQueries } from '../evaluation/syntheticBase';
import { ms, textTable } from '../evaluation/textTable';

/** Latency goals of the product (p99 of one question, in milliseconds). */
const GOAL_P99_REAL_MS = 1;
const GOAL_P99_SYNTHETIC_MS = 5;

interface SystemFigures {
  build: BuildTiming;
  latency: LatencyStats;
}

interface BaseFigures {
  base: string;
  entries: number;
  phrasings: number;
  questions: number;
  ours: SystemFigures;
  baseline: SystemFigures;
  goalP99Ms: number;
}

interface BaseRun {
  base: string;
  kb: KnowledgeBase;
  questions: string[];
  rounds: number;
  /** The baseline can be too slow for every question: it gets an evenly spread sample. */
  baselineQuestions: number;
  baselineRounds: number;
  baselineWarmupRounds: number;
  goalP99Ms: number;
}

/** Every k-th question, so that the sample keeps the mix of the full list. */
function spreadSample(questions: string[], size: number): string[] {
  if (size >= questions.length) return questions;
  const step = questions.length / size;
  return Array.from({ length: size }, (_, i) => questions[Math.floor(i * step)]);
}

function measureBase(run: BaseRun): BaseFigures {
  const { base, kb, questions, rounds, baselineQuestions, goalP99Ms } = run;
  const ours = measureBuild(() => createAnswerer(kb), 5);
  const oursLatency = measureLatency((q) => ours.system.ask(q), questions, { warmupRounds: 2, rounds });
  const fuse = measureBuild(() => naiveFuseBaseline(kb), 3);
  const sample = spreadSample(questions, baselineQuestions);
  const fuseLatency = measureLatency((q) => fuse.system.predict(q), sample, { warmupRounds: run.baselineWarmupRounds, rounds: run.baselineRounds });
  return {
    base,
    entries: kb.entries.length,
    phrasings: kb.entries.reduce((n, e) => n + e.questions.length, 0),
    questions: questions.length,
    ours: { build: ours.timing, latency: oursLatency },
    baseline: { build: fuse.timing, latency: fuseLatency },
    goalP99Ms,
  };
}

function ratio(a: number, b: number): string {
  return b > 0 ? `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}×` : '-';
}

function printTable(f: BaseFigures): void {
  const rows: string[][] = [];
  const line = (label: string, pick: (s: SystemFigures) => number) => {
    const a = pick(f.ours);
    const b = pick(f.baseline);
    rows.push([label, ms(a), ms(b), ratio(a, b)]);
  };
  line('build, first (cold)', (s) => s.build.firstMs);
  line('build, median of next', (s) => s.build.medianMs);
  line('latency mean', (s) => s.latency.mean);
  line('latency p50', (s) => s.latency.p50);
  line('latency p95', (s) => s.latency.p95);
  line('latency p99', (s) => s.latency.p99);
  line('latency max', (s) => s.latency.max);
  rows.push(['timed questions', String(f.ours.latency.count), String(f.baseline.latency.count), '']);
  const met = (s: SystemFigures) => (s.latency.p99 < f.goalP99Ms ? 'met' : 'NOT MET');
  rows.push([`goal: p99 < ${f.goalP99Ms} ms`, met(f.ours), met(f.baseline), '']);
  console.log(`${f.base}: ${f.entries} entries, ${f.phrasings} phrasings, ${f.questions} distinct questions`);
  console.log(textTable(['', 'ours', 'naive Fuse.js', 'ours/baseline'], rows) + '\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      knowledge: { type: 'string', default: process.env.KNOWLEDGE_DIR ?? 'knowledge' },
      set: { type: 'string', default: 'tests/fixtures/dev-set.yaml' },
      entries: { type: 'string', default: '2000' },
      rounds: { type: 'string', default: '20' },
      seed: { type: 'string', default: '42' },
      'baseline-questions': { type: 'string', default: '30' },
      json: { type: 'boolean', default: false },
    },
  });
  const entries = Number(values.entries);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(entries) || entries < 1 || !Number.isInteger(rounds) || rounds < 1) {
    console.error('--entries and --rounds must be positive integers');
    return 2;
  }
  const kb = await loadKnowledgeBase(path.resolve(values.knowledge));
  const devQuestions = loadDevSet(path.resolve(values.set), kb).items.map((i) => i.q);
  const synthetic = syntheticKnowledgeBase({ entries, seed: Number(values.seed), synonyms: kb.synonyms });
  // Against the synthetic base: its own phrasings made informal, plus the dev questions (mostly misses).
  const syntheticQuestions = [...syntheticQueries(synthetic, 250), ...devQuestions];

  const baselineQuestions = Number(values['baseline-questions']);
  const figures = [
    measureBase({
      base: 'real base',
      kb,
      questions: devQuestions,
      rounds,
      baselineQuestions: devQuestions.length,
      baselineRounds: Math.max(1, Math.round(rounds / 10)),
      baselineWarmupRounds: 1,
      goalP99Ms: GOAL_P99_REAL_MS,
    }),
    // Fuse.js takes about a second per question at this size: a sample, one round, no warm-up
    // round (its three index builds have warmed its code already).
    measureBase({
      base: `synthetic base (seed ${values.seed})`,
      kb: synthetic,
      questions: syntheticQuestions,
      rounds: Math.max(1, Math.round(rounds / 4)),
      baselineQuestions,
      baselineRounds: 1,
      baselineWarmupRounds: 0,
      goalP99Ms: GOAL_P99_SYNTHETIC_MS,
    }),
  ];
  if (values.json) {
    console.log(JSON.stringify({ node: process.version, figures }, null, 2));
  } else {
    console.log(`Node ${process.version}, ${process.platform}/${process.arch}; times per question, after warm-up\n`);
    figures.forEach(printTable);
  }
  return figures.every((f) => f.ours.latency.p99 < f.goalP99Ms) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
