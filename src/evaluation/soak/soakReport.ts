import { latencyStats } from '../latencyStats';
import type { TurnOutcome } from './soakVisitors';

/** Resident memory of the bot at one moment of the soak. */
export interface RssSample {
  second: number;
  mb: number;
}

export interface SoakFigures {
  seconds: number;
  conversations: number;
  outcomes: readonly TurnOutcome[];
  rss: readonly RssSample[];
  /** With --sigterm-at: the bot's exit code, and the votes recorded in the learning files after it stopped. */
  drain?: { atSecond: number; exitCode: number | null; recordedVotes: number };
}

/** RSS growth from the sample nearest the 20th second to the last sample, in percent (the issue's bar: < 10 %). */
export function rssGrowth(rss: readonly RssSample[], fromSecond = 20): number | undefined {
  const from = rss.find((sample) => sample.second >= fromSecond);
  const last = rss.at(-1);
  if (!from || !last || last === from) return undefined;
  return ((last.mb - from.mb) / from.mb) * 100;
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '–');

/** The soak's figures as text: turns and errors per channel, latencies, memory over time, the drain. */
export function formatSoak(figures: SoakFigures): string {
  const lines: string[] = [`Soak: ${figures.conversations} concurrent conversations for ${figures.seconds} s on 127.0.0.1`, ''];
  lines.push('| channel | turns | errors | p50 | p99 | max |', '|---|---:|---:|---:|---:|---:|');
  for (const channel of ['directline', 'messages', 'all'] as const) {
    const outcomes = figures.outcomes.filter((o) => channel === 'all' || o.channel === channel);
    const ok = latencyStats(outcomes.filter((o) => !o.error).map((o) => o.ms));
    const errors = outcomes.filter((o) => o.error).length;
    const label = channel === 'directline' ? 'built-in Direct Line (post + poll)' : channel === 'messages' ? '/api/messages (expectReplies)' : 'all';
    lines.push(`| ${label} | ${outcomes.length - errors} | ${errors} | ${ms(ok.p50)} | ${ms(ok.p99)} | ${ms(ok.max)} |`);
  }
  const errors = new Map<string, number>();
  for (const outcome of figures.outcomes) if (outcome.error) errors.set(outcome.error, (errors.get(outcome.error) ?? 0) + 1);
  if (errors.size > 0) {
    lines.push('', 'Errors:');
    for (const [error, count] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, 10)) lines.push(`  ${count} × ${error}`);
  }
  lines.push('', `RSS (MB) by second: ${figures.rss.map((s) => `${s.second}s ${s.mb.toFixed(0)}`).join(', ')}`);
  const growth = rssGrowth(figures.rss);
  if (growth !== undefined) lines.push(`RSS growth from the 20th second to the end: ${growth.toFixed(1)} % (bar: < 10 %)`);
  const thanked = figures.outcomes.filter((o) => o.voteThanked).length;
  if (figures.drain) {
    const { atSecond, exitCode, recordedVotes } = figures.drain;
    const signalAt = atSecond * 1000;
    const inFlight = figures.outcomes.filter((o) => o.at < signalAt && o.at + o.ms >= signalAt);
    const cut = inFlight.filter((o) => o.error).length;
    lines.push(
      '',
      `SIGTERM at ${atSecond} s: ${inFlight.length} turns in flight, ${inFlight.length - cut} finished, ${cut} cut; exit code ${exitCode}; ` +
        `votes thanked ${thanked}, recorded in the learning files ${recordedVotes} (${recordedVotes >= thanked ? 'none lost' : `${thanked - recordedVotes} LOST`}).`,
    );
  } else {
    lines.push('', `Votes thanked: ${thanked}.`);
  }
  return lines.join('\n');
}
