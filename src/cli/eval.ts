/**
 * `npm run eval [-- --dev] [--errors]`: the evaluation corpus of issue #9 (docs/matching.md, "Evaluation
 * protocol"): figures by kind on its development half, second development set and third set (tuning half; its
 * held-out half in aggregate only) and, unless `--dev`, on its sealed half (aggregates only: its items are never printed).
 * `npm run eval -- --set file.yaml [--errors] [--baseline-errors] [--json] [--knowledge dir] [--profiles dir | --single]`
 * Answer quality of our matcher and of a naive Fuse.js baseline on a labelled question set, twice:
 * (a) on the real knowledge base; (b) on the real base plus the job profiles of `--profiles`
 * (default: the invented second profile of tests/fixtures/profiles), to check that quality holds
 * as profiles are added. `--single` runs (a) only.
 * Sets outside the repository (the held-out set) print aggregate figures only, unless
 * `--show-items` is given by someone who is not tuning the matcher.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KnowledgeBaseError, loadKnowledgeBase, profileIds } from '../knowledge';
import { answererSystem } from '../evaluation/answererSystem';
import { formatComparison, formatErrors, formatKindTable } from '../evaluation/evalReport';
import { prepareEvalRuns, profileChoices, type EvalRunInput } from '../evaluation/evalRuns';
import { evaluateAgainstBaseline, type SystemRun } from '../evaluation/evaluate';
import { FIXTURE_PROFILES_DIR } from '../evaluation/extraProfiles';
import { entriesWithoutQuestions, formatLabelNotes, formatNewlyAnswered, setAsideNewlyAnswered } from '../evaluation/labelCoverage';
import { EvalSetError, loadEvalSet } from '../evaluation/loadEvalSet';
import { computeMetrics, outcomeOf, runItems } from '../evaluation/metrics';
import { NAIVE_FUSE_CUTOFF } from '../evaluation/naiveFuseBaseline';
import { meetsFloor, QUALITY_FLOOR } from '../evaluation/qualityFloor';
import { ms, pct, textTable } from '../evaluation/textTable';
import type { ItemResult } from '../evaluation/types';
import { verbatimItems } from '../evaluation/verbatimOverlap';
import { runCli } from './runCli';

const USAGE = [
  'Usage: npm run eval [-- --dev] [--errors] [--json] [--knowledge dir]',
  '       npm run eval -- --set file.yaml [--errors] [--baseline-errors] [--json] [--knowledge dir] [--profiles dir | --single] [--show-items]',
].join('\n');

const CORPUS_DEV = 'tests/fixtures/eval/eval-dev.yaml';
/** The second development set (two more writers, third round): read and scored like the development half. */
const CORPUS_DEV2 = 'tests/fixtures/eval/eval-dev2.yaml';
/** The third set (three more writers, fifth round): its tuning half is read like the others... */
const CORPUS_DEV3 = 'tests/fixtures/eval/eval-dev3.yaml';
/** ...and its held-out half is scored at every run in aggregate only, to see what tuning carries over before the sealed half. */
const CORPUS_HELDOUT3 = 'tests/fixtures/eval/eval-heldout3.yaml.gz';
const READABLE = new Set([CORPUS_DEV, CORPUS_DEV2, CORPUS_DEV3]);
const CORPUS_SEALED = 'tests/fixtures/eval/eval-sealed.yaml.gz';

function failures(results: ItemResult[]) {
  return results
    .filter((r) => !['correct', 'rejected'].includes(outcomeOf(r)))
    .map((r) => ({ q: r.item.q, kind: r.item.kind, expected: r.item.expect, outcome: outcomeOf(r), ...r.prediction }));
}

interface RunOutcome {
  input: EvalRunInput;
  ours: SystemRun;
  baseline: SystemRun;
  choices: ReturnType<typeof profileChoices>;
}

const rateCell = (r: { hits: number; n: number; rate: number | null }) => `${pct(r.rate)} (${r.hits}/${r.n})`;

/** Both runs side by side: in-scope top-1 and rejection of ours and of the baseline, and the floor. */
function formatSummary(outcomes: readonly RunOutcome[]): string {
  const rows = outcomes.flatMap(({ input, ours, baseline }) => [
    [`ours ${input.label}`, rateCell(ours.report.metrics.accuracy), rateCell(ours.report.metrics.rejection), meetsFloor(ours.report.metrics) ? 'holds' : 'BELOW'],
    [`naive Fuse.js ${input.label}`, rateCell(baseline.report.metrics.accuracy), rateCell(baseline.report.metrics.rejection), ''],
  ]);
  const floor = `floor (${pct(QUALITY_FLOOR.minInScopeTop1)} / ${pct(QUALITY_FLOOR.minRejection)})`;
  return textTable(['', 'in-scope top-1', 'rejection', floor], rows);
}

function formatRunNotes({ input, choices }: RunOutcome, showItems: boolean): string[] {
  const notes: string[] = [];
  if (input.addedProfiles.length) {
    notes.push(
      `Note: ${input.excluded.length} question(s) naming ${input.addedProfiles.join(', ')} left out of these figures ` +
        '(their label was written for a base without that profile); every other question keeps its label.',
    );
    if (showItems) notes.push(...input.excluded.map((item) => `  - ${item.q} (expected ${item.expect ?? 'none'})`));
  }
  if (choices.length) {
    const offered = choices.filter((c) => c.offered).length;
    notes.push(
      `Note: ${choices.length} question(s) got "which job?" (choose-profile), counted as not answered; ` +
        `the expected entry was among the choices for ${offered}.`,
    );
    if (showItems) notes.push(...choices.map((c) => `  - ${c.item.q} (expected ${c.item.expect ?? 'none'})`));
  }
  return notes;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string' },
      dev: { type: 'boolean', default: false },
      knowledge: { type: 'string', default: process.env.KNOWLEDGE_DIR ?? 'knowledge' },
      profiles: { type: 'string', default: FIXTURE_PROFILES_DIR },
      single: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
      'baseline-errors': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'show-items': { type: 'boolean', default: false },
    },
  });
  if (values.set === undefined) return evaluateCorpus({ knowledgeDir: values.knowledge, sealed: !values.dev, errors: values.errors, json: values.json });
  const setFile = path.resolve(values.set);
  const insideRepo = !path.relative(process.cwd(), setFile).startsWith('..');
  const wantsItems = values.errors || values['baseline-errors'];
  if (wantsItems && !insideRepo && !values['show-items']) {
    console.error(`${values.set} is outside the repository (held-out set): only aggregate figures are shown.`);
    console.error('Listing its items would leak them to whoever tunes the matcher. Add --show-items if that is not you.');
    return 2;
  }
  const showItems = insideRepo || values['show-items'];

  const { set, runs } = await prepareEvalRuns({
    knowledgeDir: values.knowledge,
    setFile,
    extraDir: values.single ? undefined : values.profiles,
  });
  const outcomes: RunOutcome[] = runs.map((input) => ({
    input,
    ...evaluateAgainstBaseline(input.kb, input.items),
    choices: profileChoices(input.kb, input.items),
  }));
  const verbatim = verbatimItems(runs[0].kb, set.items).length;

  if (values.json) {
    const summary = (run: SystemRun) => ({ ...run.report, ...(wantsItems ? { failures: failures(run.results) } : {}) });
    const runJson = ({ input, ours, baseline, choices }: RunOutcome) => ({
      label: input.label,
      knowledge: input.knowledge,
      entries: input.kb.entries.length,
      profiles: profileIds(input.kb),
      items: input.items.length,
      excludedNamingAddedProfiles: input.excluded.length,
      chooseProfile: choices.length,
      meetsFloor: meetsFloor(ours.report.metrics),
      ours: summary(ours),
      baseline: summary(baseline),
    });
    // `ours` and `baseline` at the top level stay those of run (a), as before the second run existed.
    const [first] = outcomes;
    const labels = {
      staleLabels: showItems ? (set.stale ?? []) : (set.stale ?? []).map((label) => label.expect),
      entriesWithoutQuestions: entriesWithoutQuestions(runs[0].kb, [set]),
      newlyAnswered: runs[0].setAside.map(({ item, entryId }) => (showItems ? { q: item.q, line: item.line, entryId } : entryId)),
    };
    const json = { set: values.set, items: set.items.length, ...labels, verbatim, ours: summary(first.ours), baseline: summary(first.baseline), runs: outcomes.map(runJson) };
    console.log(JSON.stringify(json, null, 2));
    return 0;
  }

  console.log(`Set: ${values.set} (${set.items.length} questions)`);
  for (const note of formatLabelNotes(set.stale ?? [], entriesWithoutQuestions(runs[0].kb, [set]), showItems)) console.log(note);
  for (const note of formatNewlyAnswered(setFile, runs[0].setAside, showItems)) console.log(note);
  console.log(`Questions identical to a knowledge-base phrasing (ignoring case, accents, punctuation): ${verbatim}`);
  console.log(`Baseline: one Fuse.js index over all questions, answers when its best score <= ${NAIVE_FUSE_CUTOFF}`);
  for (const outcome of outcomes) {
    const { input, ours, baseline } = outcome;
    const profiles = profileIds(input.kb).join(', ') || 'none';
    console.log(`\n=== Run ${input.label}: ${input.knowledge} (${input.kb.entries.length} entries; profiles: ${profiles}; ${input.items.length} questions)`);
    for (const note of formatRunNotes(outcome, showItems)) console.log(note);
    console.log(`\n${formatComparison([ours.report, baseline.report])}`);
    if (values.errors) console.log(`\n${formatErrors(`${ours.report.name} ${input.label}`, ours.results)}`);
    if (values['baseline-errors']) console.log(`\n${formatErrors(`${baseline.report.name} ${input.label}`, baseline.results)}`);
  }
  console.log(`\n=== Summary\n${formatSummary(outcomes)}`);
  return 0;
}

/** Our answerer on the corpus halves, by kind; the sealed half in aggregate only. */
async function evaluateCorpus(options: { knowledgeDir: string; sealed: boolean; errors: boolean; json: boolean }): Promise<number> {
  const kb = await loadKnowledgeBase(path.resolve(options.knowledgeDir));
  const halves = [
    { name: 'development half', file: CORPUS_DEV },
    { name: 'second development set', file: CORPUS_DEV2 },
    { name: 'third set, tuning half', file: CORPUS_DEV3 },
    { name: 'third set, HELD-OUT half', file: CORPUS_HELDOUT3 },
    ...(options.sealed ? [{ name: 'SEALED half', file: CORPUS_SEALED }] : []),
  ];
  const system = answererSystem(kb);
  const sets = halves.map((half) => ({ ...half, set: loadEvalSet(half.file, kb) }));
  // Entries without a development question: the sealed half's items are never used to tell.
  const unlabelled = entriesWithoutQuestions(kb, sets.filter((half) => READABLE.has(half.file)).map((half) => half.set));
  const reports = sets.map((half) => {
    const { items, setAside } = setAsideNewlyAnswered(kb, half.set.items, unlabelled);
    const results = runItems(system, items);
    return { ...half, setAside, results, metrics: computeMetrics(results) };
  });
  if (options.json) {
    // The development half lists its stale items and the entries it has no question for; the sealed half, ids only.
    const labels = (report: (typeof reports)[number]) =>
      READABLE.has(report.file)
        ? { staleLabels: report.set.stale ?? [], entriesWithoutQuestions: unlabelled, newlyAnswered: report.setAside.map(({ item, entryId }) => ({ q: item.q, line: item.line, entryId })) }
        : { staleLabels: (report.set.stale ?? []).map((label) => label.expect), newlyAnswered: report.setAside.map(({ entryId }) => entryId) };
    console.log(JSON.stringify(reports.map((report) => ({ name: report.name, file: report.file, metrics: report.metrics, ...labels(report) })), null, 2));
    return 0;
  }
  for (const { name, file, set, setAside, results, metrics } of reports) {
    console.log(`\n=== ${name}: ${file} (${results.length} questions, ${metrics.accuracy.n} in scope)\n${formatKindTable(metrics)}`);
    console.log(`latency p50 ${ms(metrics.latency.p50)}, p95 ${ms(metrics.latency.p95)}, max ${ms(metrics.latency.max)}`);
    for (const note of formatLabelNotes(set.stale ?? [], [], READABLE.has(file))) console.log(note);
    for (const note of formatNewlyAnswered(file, setAside, READABLE.has(file))) console.log(note);
    if (options.errors && READABLE.has(file)) console.log(`\n${formatErrors(`ours (${name})`, results)}`);
  }
  for (const note of formatLabelNotes([], unlabelled)) console.log(`\n${note}`);
  return 0;
}

runCli(
  main,
  (error) => {
    console.error(error instanceof EvalSetError || error instanceof KnowledgeBaseError ? error.message : error);
    return 1;
  },
  USAGE,
);
