import type { Review } from './reviewTypes';

export interface ReportOptions {
  /** Lines per section (default 10). */
  top?: number;
}

/** "1 entry", "0 entries", "2 groups". */
const plural = (count: number, word: string) => `${count} ${count === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
const quote = (text: string) => `"${text}"`;

/**
 * The review as plain text for a terminal, one section per thing to do.
 * @example console.log(formatReview(review, { top: 5 }))
 */
export function formatReview(review: Review, options: ReportOptions = {}): string {
  const top = options.top ?? 10;
  const lines = [`Learning records since ${review.since.slice(0, 10)}: ${plural(review.records, 'record')}.`, ''];

  lines.push(`1. Most frequent unanswered questions (${plural(review.unanswered.length, 'group')}) — add an entry, or a phrasing to the closest one:`);
  if (review.unanswered.length === 0) lines.push('   (none)');
  review.unanswered.slice(0, top).forEach((cluster, index) => {
    const how = Object.entries(cluster.decisions)
      .filter(([, count]) => count > 0)
      .map(([decision, count]) => `${decision} ${count}`)
      .join(', ');
    lines.push(`   ${index + 1}. ${quote(cluster.label)} — asked ${cluster.count}× in ${plural(cluster.conversations, 'conversation')} (${how})`);
    const others = cluster.phrasings.slice(1, 4).map((p) => `${quote(p.text)}${p.count > 1 ? ` ×${p.count}` : ''}`);
    if (others.length > 0) lines.push(`      also: ${others.join(', ')}${cluster.phrasings.length > 4 ? ', …' : ''}`);
    if (cluster.closest) lines.push(`      closest entry: ${cluster.closest.id}${cluster.closest.title ? ` (${cluster.closest.title})` : ''}`);
  });

  lines.push('', `2. Entries with the most 👎 (${plural(review.disliked.length, 'entry')}) — check their answer:`);
  if (review.disliked.length === 0) lines.push('   (none)');
  review.disliked.slice(0, top).forEach((votes, index) => {
    const where = votes.title ? `${votes.title} — ${votes.file}` : 'no longer in the knowledge base';
    lines.push(`   ${index + 1}. ${votes.entryId} (${where}): 👎 ${votes.down}, 👍 ${votes.up}`);
    if (votes.downQuestions.length > 0) lines.push(`      asked as: ${votes.downQuestions.map(quote).join(', ')}`);
  });

  lines.push('', `3. Alternate questions to add (${plural(review.alternates.length, 'proposal')}) — "did you mean" choices typed in several conversations; add them with --apply:`);
  if (review.alternates.length === 0) lines.push('   (none)');
  review.alternates.slice(0, top).forEach((proposal, index) => {
    lines.push(`   ${index + 1}. ${quote(proposal.question)} -> ${proposal.entryId} (${proposal.title}) — picked ${proposal.picks}× in ${plural(proposal.conversations, 'conversation')}`);
    if (proposal.downvotes) lines.push(`      WARNING: ${proposal.entryId} got 👎 ${proposal.downvotes}× — check its answer before adding phrasings to it`);
  });
  return lines.join('\n');
}
