/**
 * `npm run kb:review`: what support staff should do next, from the learning records.
 * Lists the most frequent unanswered questions (grouped by similarity), the entries with the most 👎,
 * and "did you mean" choices worth adding as alternate questions; `--apply` adds the accepted ones to
 * the YAML files (comments and layout kept), never a change that breaks the base.
 *
 *   npm run kb:review                       report of the retention period (LEARNING_RETENTION_DAYS)
 *   npm run kb:review -- --since 7          the last 7 days only
 *   npm run kb:review -- --apply            asks y/n for each proposal, then writes the accepted ones
 *   npm run kb:review -- --apply --yes      accepts every proposal
 *   npm run kb:review -- --json             the same as JSON (with --apply, needs --yes)
 *   npm run kb:review -- --min-conversations 5   a proposal needs 5 distinct conversations (default 3)
 *
 * Reads the same configuration as the bot (STORAGE, DATA_DIR, AZURE_STORAGE_*, KNOWLEDGE_DIR).
 * Exit code: 0 done, 1 some accepted proposals were refused, 2 cannot run (configuration, base, store).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { configDefaults } from '../config/defaults';
import { readLearningConfig, readStorageConfig } from '../config/readStorageConfig';
import { formatIssue, KnowledgeBaseError, loadKnowledgeBase } from '../knowledge';
import { createLearningStore } from '../learning/createLearningStore';
import { daysBefore } from '../learning/day';
import { buildReview } from '../learning/review';
import { DEFAULT_MIN_CONVERSATIONS } from '../learning/reviewAlternates';
import { applyAlternates, type ApplyOutcome } from '../learning/reviewApply';
import { formatReview } from '../learning/reviewReport';
import type { AlternateProposal } from '../learning/reviewTypes';
import { isCommandLineError, runCli } from './runCli';

const usage = `Usage: npm run kb:review -- [--since DAYS] [--dir FOLDER] [--top N] [--min-picks N] [--min-conversations N] [--json] [--apply [--yes]]`;

class UsageError extends Error {}

function readOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      since: { type: 'string' },
      dir: { type: 'string' },
      top: { type: 'string' },
      'min-picks': { type: 'string' },
      'min-conversations': { type: 'string' },
      json: { type: 'boolean', default: false },
      apply: { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const count = (name: string, value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--${name} must be a whole number, at least 1 (got "${value}").`);
    return Number(value);
  };
  if (values.json && values.apply && !values.yes) throw new UsageError('--apply with --json needs --yes (no questions are asked in JSON mode).');
  return {
    sinceDays: values.since === undefined ? undefined : count('since', values.since, 1),
    dir: values.dir,
    top: count('top', values.top, 10),
    minPicks: count('min-picks', values['min-picks'], 1),
    minConversations: count('min-conversations', values['min-conversations'], DEFAULT_MIN_CONVERSATIONS),
    json: values.json,
    apply: values.apply,
    yes: values.yes,
    help: values.help,
  };
}

/** Asks y/n for each proposal; `q` stops asking (the rest are declined). Works with a terminal or piped answers. */
async function choose(proposals: readonly AlternateProposal[]): Promise<AlternateProposal[]> {
  const input = createInterface({ input: process.stdin, terminal: false });
  // The iterator buffers lines: answers piped in before their question are not lost.
  const answers = input[Symbol.asyncIterator]();
  const accepted: AlternateProposal[] = [];
  try {
    for (const [index, proposal] of proposals.entries()) {
      if (proposal.downvotes) process.stdout.write(`WARNING: ${proposal.entryId} got 👎 ${proposal.downvotes}× — check its answer first.\n`);
      process.stdout.write(`[${index + 1}/${proposals.length}] Add "${proposal.question}" to ${proposal.entryId} (${proposal.title}, ${proposal.file})? [y/N/q] `);
      const next = await answers.next();
      const answer = next.done ? 'q' : String(next.value).trim().toLowerCase();
      if (!process.stdin.isTTY) process.stdout.write(`${answer}\n`);
      if (answer === 'q') break;
      if (['y', 'yes', 'o', 'oui'].includes(answer)) accepted.push(proposal);
    }
  } finally {
    input.close();
  }
  return accepted;
}

function formatOutcome(outcome: ApplyOutcome): string {
  const lines = [
    ...outcome.applied.map((p) => `added: "${p.question}" -> ${p.entryId} (${p.file})`),
    ...outcome.refused.map(({ proposal: p, reason }) => `REFUSED: "${p.question}" -> ${p.entryId}: ${reason}`),
  ];
  lines.push(
    outcome.files.length > 0
      ? `${outcome.applied.length} question(s) added to ${outcome.files.join(', ')}. A running bot reloads them by itself; commit the change.`
      : 'No file changed.',
  );
  return lines.join('\n');
}

async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  const options = readOptions(process.argv.slice(2));
  if (options.help) {
    console.log(usage);
    return 0;
  }
  const problems: string[] = [];
  const text = (name: string) => process.env[name]?.trim() ?? '';
  const storage = readStorageConfig(text, problems);
  const learning = readLearningConfig(text, problems);
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  const dir = options.dir ?? (text('KNOWLEDGE_DIR') || configDefaults.knowledgeDir);

  if (storage.kind === 'memory') console.error('STORAGE=memory: the bot keeps no learning records across runs, so there is nothing to review.');
  const since = daysBefore(new Date(), options.sinceDays ?? learning.retentionDays);
  const [kb, events] = await Promise.all([loadKnowledgeBase(dir), createLearningStore(storage).list(since)]);
  const review = buildReview(events, kb, { since, minPicks: options.minPicks, minConversations: options.minConversations });

  if (!options.apply) {
    console.log(options.json ? JSON.stringify(review, null, 2) : formatReview(review, { top: options.top }));
    return 0;
  }
  if (!options.json) console.log(`${formatReview(review, { top: options.top })}\n`);
  const accepted = options.yes ? review.alternates : await choose(review.alternates);
  const outcome = await applyAlternates(dir, accepted);
  console.log(options.json ? JSON.stringify({ review, apply: outcome }, null, 2) : formatOutcome(outcome));
  return outcome.refused.length > 0 ? 1 : 0;
}

runCli(main, (error) => {
  if (error instanceof KnowledgeBaseError) console.error(error.issues.map(formatIssue).join('\n'));
  else if (error instanceof UsageError || isCommandLineError(error)) console.error(`${(error as Error).message}\n${usage}`);
  else console.error('kb:review failed:', error);
  return 2;
});
