/**
 * `npm run eval [-- --set file.yaml] [--errors] [--baseline-errors] [--json] [--knowledge dir]`
 * Answer quality of our matcher and of a naive Fuse.js baseline on a labelled question set.
 * Sets outside the repository (the held-out set) print aggregate figures only, unless
 * `--show-items` is given by someone who is not tuning the matcher.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KnowledgeBaseError, loadKnowledgeBase } from '../knowledge';
import { formatComparison, formatErrors } from '../evaluation/evalReport';
import { evaluateAgainstBaseline } from '../evaluation/evaluate';
import { EvalSetError, loadEvalSet } from '../evaluation/loadEvalSet';
import { outcomeOf } from '../evaluation/metrics';
import { NAIVE_FUSE_CUTOFF } from '../evaluation/naiveFuseBaseline';
import type { ItemResult } from '../evaluation/types';
import { verbatimItems } from '../evaluation/verbatimOverlap';

const DEV_SET = 'tests/fixtures/dev-set.yaml';

function failures(results: ItemResult[]) {
  return results
    .filter((r) => !['correct', 'rejected'].includes(outcomeOf(r)))
    .map((r) => ({ q: r.item.q, kind: r.item.kind, expected: r.item.expect, outcome: outcomeOf(r), ...r.prediction }));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: DEV_SET },
      knowledge: { type: 'string', default: process.env.KNOWLEDGE_DIR ?? 'knowledge' },
      errors: { type: 'boolean', default: false },
      'baseline-errors': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'show-items': { type: 'boolean', default: false },
    },
  });
  const setFile = path.resolve(values.set);
  const insideRepo = !path.relative(process.cwd(), setFile).startsWith('..');
  const wantsItems = values.errors || values['baseline-errors'];
  if (wantsItems && !insideRepo && !values['show-items']) {
    console.error(`${values.set} is outside the repository (held-out set): only aggregate figures are shown.`);
    console.error('Listing its items would leak them to whoever tunes the matcher. Add --show-items if that is not you.');
    return 2;
  }

  const kb = await loadKnowledgeBase(path.resolve(values.knowledge));
  const set = loadEvalSet(setFile, kb);
  const { ours, baseline } = evaluateAgainstBaseline(kb, set.items);
  const verbatim = verbatimItems(kb, set.items).length;

  if (values.json) {
    const summary = (run: typeof ours) => ({ ...run.report, ...(wantsItems ? { failures: failures(run.results) } : {}) });
    console.log(JSON.stringify({ set: values.set, items: set.items.length, verbatim, ours: summary(ours), baseline: summary(baseline) }, null, 2));
    return 0;
  }
  console.log(`Set: ${values.set} (${set.items.length} questions)   Knowledge: ${kb.entries.length} entries`);
  console.log(`Questions identical to a knowledge-base phrasing (ignoring case, accents, punctuation): ${verbatim}`);
  console.log(`Baseline: one Fuse.js index over all questions, answers when its best score <= ${NAIVE_FUSE_CUTOFF}\n`);
  console.log(formatComparison([ours.report, baseline.report]));
  if (values.errors) console.log(`\n${formatErrors(ours.report.name, ours.results)}`);
  if (values['baseline-errors']) console.log(`\n${formatErrors(baseline.report.name, baseline.results)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EvalSetError || error instanceof KnowledgeBaseError ? error.message : error);
    process.exit(1);
  },
);
