import type { Metrics, Rate } from './metrics';
import { outcomeOf } from './metrics';
import { ms, pct, textTable } from './textTable';
import { ITEM_KINDS, type ItemResult } from './types';

/** One system's figures on a set, ready to print. */
export interface SystemReport {
  name: string;
  metrics: Metrics;
  /** Time to build the system (index included), in milliseconds. */
  buildMs: number;
}

const cell = (r: Rate) => (r.rate === null ? '-' : `${pct(r.rate)} (${r.hits}/${r.n})`);

/** The side-by-side quality and timing table. */
export function formatComparison(reports: readonly SystemReport[]): string {
  const headers = ['', ...reports.map((r) => r.name)];
  const rows: string[][] = [];
  const add = (label: string, value: (m: Metrics, r: SystemReport) => string) =>
    rows.push([label, ...reports.map((r) => value(r.metrics, r))]);

  for (const kind of ITEM_KINDS) {
    if (!reports.some((r) => r.metrics.perKind[kind])) continue;
    const inScope = reports.some((r) => r.metrics.perKind[kind]?.accuracy.n);
    const outScope = reports.some((r) => r.metrics.perKind[kind]?.rejection.n);
    if (inScope) add(`${kind}: top-1`, (m) => (m.perKind[kind] ? cell(m.perKind[kind].accuracy) : '-'));
    if (outScope) add(`${kind}: rejected`, (m) => (m.perKind[kind] ? cell(m.perKind[kind].rejection) : '-'));
  }
  rows.push([]);
  add('IN-SCOPE TOP-1 ACCURACY', (m) => cell(m.accuracy));
  add('  wrong answers (in scope)', (m) => cell(m.wrongAnswers));
  add('  suggestion hits when unanswered', (m) => cell(m.suggestionHits));
  add('REJECTION RATE (expect none)', (m) => cell(m.rejection));
  add('HARMONIC MEAN', (m) => pct(m.harmonicMean));
  rows.push([]);
  add('build (index) time', (_m, r) => ms(r.buildMs));
  add('latency mean', (m) => ms(m.latency.mean));
  add('latency p50', (m) => ms(m.latency.p50));
  add('latency p95', (m) => ms(m.latency.p95));
  add('latency max', (m) => ms(m.latency.max));
  return textTable(headers, rows);
}

/** The failures of one system: question, expected, got, score, suggestions. */
export function formatErrors(name: string, results: readonly ItemResult[]): string {
  const failures = results.filter((r) => !['correct', 'rejected'].includes(outcomeOf(r)));
  const lines = [`Failures of ${name}: ${failures.length}/${results.length}`];
  for (const r of failures) {
    const p = r.prediction;
    const score = p.score === undefined ? '' : ` score=${p.score.toFixed(3)}`;
    const best = p.answerId === null && p.bestId ? ` best=${p.bestId}` : '';
    const sugg = p.suggestionIds.length ? ` suggestions=[${p.suggestionIds.join(', ')}]` : '';
    lines.push(
      `  [${outcomeOf(r)}] (${r.item.kind}${r.item.line ? `, line ${r.item.line}` : ''}) ${r.item.q}`,
      `      expected=${r.item.expect ?? 'none'} got=${p.answerId ?? 'none'}${best}${score}${sugg}`,
    );
  }
  return lines.join('\n');
}

/**
 * One system's figures by kind, as the evaluation protocol reports them (docs/matching.md):
 * in-scope top-1, wrong answers, one-click (answered right or offered as "did you mean") and
 * nothing offered; out-of-scope refused.
 */
export function formatKindTable(metrics: Metrics): string {
  const rate = (r: Rate | undefined) => (!r || r.rate === null ? '' : `${pct(r.rate)} (${r.hits}/${r.n})`);
  const rows: string[][] = [];
  for (const kind of ITEM_KINDS) {
    const k = metrics.perKind[kind];
    if (!k) continue;
    rows.push([kind, rate(k.accuracy), rate(k.wrong), rate(k.oneClick), rate(k.nothingOffered), rate(k.rejection)]);
  }
  rows.push([]);
  rows.push(['ALL', rate(metrics.accuracy), rate(metrics.wrongAnswers), rate(metrics.oneClick), rate(metrics.nothingOffered), rate(metrics.rejection)]);
  return textTable(['kind', 'top-1', 'wrong', 'one-click', 'nothing offered', 'out-of-scope refused'], rows);
}
