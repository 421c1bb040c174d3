import type { LoadFigures } from './load';

/** One measured line of the table: the median of its rounds. */
export interface TargetFigures {
  key: string;
  label: string;
  rounds: LoadFigures[];
  median: { requestsPerSecond: number; p50Ms: number; p99Ms: number; cpuMsPerRequest: number };
  failed: number;
}

export interface MemoryFigures {
  conversations: number;
  turnsPerStep: number;
  /** Resident memory after each step of `turnsPerStep` turns. */
  rssMb: number[];
  failed: number;
  /** The same for the echo bot, for reference, and its start to first answer. */
  echoRssMb?: number[];
  echoStartMs?: number;
}

export interface HttpBenchReport {
  date: string;
  node: string;
  cpus: string;
  loadAverage: number;
  settings: { connections: number; durationS: number; rounds: number; conversations: number; turnsPerConversation: number };
  targets: TargetFigures[];
  ratios: {
    turnVsEcho: number;
    turnP99VsEcho: number;
    askVsBare: number;
    directLineVsEcho: number;
    turnCpuVsEcho: number;
    /** The same workloads with every question new to the matcher's memory (not the bar's). */
    turnVariedVsEcho?: number;
    askVariedVsBare?: number;
  };
  coldStartMs: number[];
  memory?: MemoryFigures;
  bar: Array<{ what: string; goal: string; value: string; met: boolean }>;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarise(key: string, label: string, rounds: LoadFigures[]): TargetFigures {
  return {
    key,
    label,
    rounds,
    median: {
      requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
      p50Ms: median(rounds.map((r) => r.p50Ms)),
      p99Ms: median(rounds.map((r) => r.p99Ms)),
      cpuMsPerRequest: median(rounds.map((r) => r.cpuMsPerRequest ?? Number.NaN).filter((v) => !Number.isNaN(v))),
    },
    failed: rounds.reduce((sum, r) => sum + r.failed, 0),
  };
}

/** The bar of issue 11, judged on the figures. */
export function judge(report: Omit<HttpBenchReport, 'bar'>): HttpBenchReport['bar'] {
  const { ratios, coldStartMs, memory } = report;
  // Failed requests (a rate limit's 429s, errors) are quick: a ratio over them says nothing, and is never met.
  const failed = (...keys: string[]) => report.targets.filter((t) => keys.includes(t.key)).reduce((sum, t) => sum + t.failed, 0);
  const withFailures = (value: string, count: number) => (count > 0 ? `${value} (${count} requests failed)` : value);
  const turnFailed = failed('turn', 'echo');
  const askFailed = failed('ask', 'bare');
  const bar: HttpBenchReport['bar'] = [
    { what: 'bot turn req/s vs echo bot', goal: '≥ 0.9×', value: withFailures(times(ratios.turnVsEcho), turnFailed), met: ratios.turnVsEcho >= 0.9 && turnFailed === 0 },
    { what: '/api/ask req/s vs bare restify', goal: '≥ 0.5×', value: withFailures(times(ratios.askVsBare), askFailed), met: ratios.askVsBare >= 0.5 && askFailed === 0 },
    { what: 'bot turn p99 vs echo bot', goal: '≤ 2×', value: withFailures(times(ratios.turnP99VsEcho), turnFailed), met: ratios.turnP99VsEcho <= 2 && turnFailed === 0 },
  ];
  if (coldStartMs.length > 0) {
    const worst = Math.max(...coldStartMs);
    bar.push({ what: 'start to first answer (worst start)', goal: '< 1 s', value: `${Math.round(worst)} ms`, met: worst < 1000 });
  }
  if (memory && memory.rssMb.length >= 2) {
    const [first, second] = memory.rssMb;
    bar.push({ what: `RSS after ${memory.turnsPerStep.toLocaleString('en')} turns`, goal: '< 150 MB', value: `${first.toFixed(0)} MB`, met: first < 150 });
    const growth = second - first;
    bar.push({
      what: `RSS growth over the next ${memory.turnsPerStep.toLocaleString('en')}`,
      goal: '≤ 5 % (not growing)',
      value: `${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB`,
      met: growth <= first * 0.05,
    });
  }
  return bar;
}

/** The Markdown table the README shows, then the start, memory and bar lines. */
export function formatReport(report: HttpBenchReport): string {
  const byKey = new Map(report.targets.map((t) => [t.key, t]));
  const ratioOf: Record<string, string> = {
    turn: `**${times(report.ratios.turnVsEcho)} echo**, p99 ${times(report.ratios.turnP99VsEcho)}, CPU ${times(report.ratios.turnCpuVsEcho)}`,
    ask: `**${times(report.ratios.askVsBare)} bare restify**`,
    directLine: `${times(report.ratios.directLineVsEcho)} echo`,
    ...(report.ratios.turnVariedVsEcho !== undefined && { turnVaried: `${times(report.ratios.turnVariedVsEcho)} echo` }),
    ...(report.ratios.askVariedVsBare !== undefined && { askVaried: `${times(report.ratios.askVariedVsBare)} bare restify` }),
  };
  const lines = ['| target | req/s | p50 | p99 | CPU per request | ratio |', '|---|---:|---:|---:|---:|---|'];
  for (const key of ['bare', 'echo', 'turn', 'ask', 'directLine', 'turnVaried', 'askVaried']) {
    const target = byKey.get(key);
    if (!target) continue;
    const { requestsPerSecond, p50Ms, p99Ms, cpuMsPerRequest } = target.median;
    const failed = target.failed > 0 ? ` (${target.failed} failed)` : '';
    const cpu = Number.isFinite(cpuMsPerRequest) ? `${Math.round(cpuMsPerRequest * 1000)} µs` : '-';
    lines.push(`| ${target.label}${failed} | ${Math.round(requestsPerSecond).toLocaleString('en')} | ${latency(p50Ms)} | ${latency(p99Ms)} | ${cpu} | ${ratioOf[key] ?? ''} |`);
  }
  const extra: string[] = [];
  if (report.coldStartMs.length > 0) {
    extra.push(`| start to first answer (first start on an empty DATA_DIR, then restarts) | ${report.coldStartMs.map((ms) => `${Math.round(ms)} ms`).join(', ')} |`);
  }
  if (report.memory) {
    const { memory } = report;
    const steps = memory.rssMb.map((mb, i) => `${mb.toFixed(0)} MB after ${((i + 1) * memory.turnsPerStep).toLocaleString('en')}`).join(', ');
    extra.push(`| RSS, turns over ${memory.conversations.toLocaleString('en')} conversations${memory.failed ? ` (${memory.failed} failed)` : ''} | ${steps} |`);
    if (memory.echoRssMb) {
      const echoSteps = memory.echoRssMb.map((mb, i) => `${mb.toFixed(0)} MB after ${((i + 1) * memory.turnsPerStep).toLocaleString('en')}`).join(', ');
      extra.push(`| the echo bot, same turns (reference) | ${echoSteps} |`);
    }
    if (memory.echoStartMs !== undefined) extra.push(`| the echo bot, start to first answer (reference) | ${Math.round(memory.echoStartMs)} ms |`);
  }
  const out = [lines.join('\n')];
  if (extra.length > 0) out.push(['| | |', '|---|---|', ...extra].join('\n'));
  out.push(report.bar.map((b) => `- ${b.met ? 'met' : 'NOT MET'}: ${b.what} ${b.value} (goal ${b.goal})`).join('\n'));
  return out.join('\n\n');
}

function times(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

function latency(ms: number): string {
  return `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms`;
}
