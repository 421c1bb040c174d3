/** The import report as people read it in a terminal. */
import type { EntryStatus, ImportReport, NoiseItem } from './types';

const MARKS: Readonly<Record<EntryStatus, string>> = {
  added: '+',
  updated: '~',
  unchanged: '=',
  kept: '!',
  removed: '-',
  skipped: '?',
};

const indent = (text: string, by = '      ') => text.split('\n').map((line) => `${by}${line}`).join('\n');

/** The same noise text found several times (e.g. several scripts) is listed once with a count. */
function noiseLines(noise: readonly NoiseItem[]): string[] {
  const counts = new Map<string, { item: NoiseItem; count: number }>();
  for (const item of noise) {
    const key = `${item.reason}\u0000${item.text}`;
    const found = counts.get(key);
    if (found) found.count += 1;
    else counts.set(key, { item, count: 1 });
  }
  return [...counts.values()].map(({ item, count }) => `  ${item.reason.padEnd(10)} ${item.text}${count > 1 ? ` (×${count})` : ''}`);
}

export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  const date = report.page.updated ? `, updated ${report.page.updated}` : ', no update date found';
  out.push(`Page: "${report.page.title}" (${report.page.format}${date}) from ${report.page.file}`);
  out.push(`Draft: ${report.target} (profile ${report.profile})`);

  const width = Math.max(0, ...report.changes.map((change) => change.id.length));
  out.push('', `Entries (${report.changes.length}):`);
  for (const change of report.changes) {
    const reason = change.reason ? ` (${change.reason})` : '';
    out.push(`  ${MARKS[change.status]} ${change.status.padEnd(9)} ${change.id.padEnd(width)}  ${change.title}${reason}`);
  }
  if (report.covered.length > 0) {
    out.push('', `Already covered by shared entries, not duplicated (${report.covered.length}):`);
    for (const pair of report.covered) out.push(`  "${pair.question}" -> already covered by ${pair.by}`);
  }
  if (report.noise.length > 0) out.push('', `Left out as page noise (${report.noise.length}):`, ...noiseLines(report.noise));
  if (report.notes.length > 0) out.push('', 'Notes:', ...report.notes.map((note) => `  ${note}`));
  const proposals = report.changes.filter((change) => change.proposal);
  if (proposals.length > 0) {
    out.push('', `Proposed changes for entries a person edited or reviewed (${proposals.length}); apply by hand if right:`);
    for (const change of proposals) {
      out.push(`  ${change.id}: the page now says, under "${change.proposal?.heading}":`, indent(change.proposal?.answer ?? ''));
    }
  }
  if (report.warnings.length > 0) out.push('', `Warnings (${report.warnings.length}):`, ...report.warnings.map((w) => `  ${w}`));
  out.push('');
  if (report.problems.length > 0) {
    out.push(`NOT written: the draft would break the knowledge base (${report.problems.length} problem(s)):`, ...report.problems.map((p) => `  ${p}`));
  } else if (report.dryRun) {
    out.push('Dry run: nothing written.');
  } else if (report.upToDate) {
    out.push(`Nothing to write: ${report.target} is up to date.`);
  } else {
    out.push(`Written: ${report.target}. Next: review it (set draft: false on each reviewed entry), then run npm run kb:check.`);
  }
  return out.join('\n');
}
