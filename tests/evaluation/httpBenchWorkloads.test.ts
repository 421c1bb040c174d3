import { describe, expect, test } from 'vitest';
import { formatReport, judge, median, summarise, type HttpBenchReport } from '../../src/evaluation/httpBench/report';
import { askBody, benchQuestions, messageActivity, variedQuestions } from '../../src/evaluation/httpBench/workloads';
import { startScriptFlags } from '../../src/evaluation/httpBench/startFlags';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const conversationOf = (i: number, conversations: number, turns?: number) =>
  (messageActivity(i, conversations, turns).conversation as { id: string }).id;

describe('When bench:http spreads messages over conversations', () => {
  test('without a length, the same conversations go on for the whole run', () => {
    const ids = new Set(Array.from({ length: 400 }, (_, i) => conversationOf(i, 100)));
    expect(ids.size).toBe(100);
  });

  test('with a length, one message in that many opens a new conversation, and none lasts longer', () => {
    const conversations = 50;
    const turns = 10;
    const messages = conversations * turns * 6;
    const seen = new Map<string, number>();
    let opened = 0;
    for (let i = 0; i < messages; i++) {
      const id = conversationOf(i, conversations, turns);
      if (!seen.has(id)) opened++;
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    expect(Math.max(...seen.values())).toBeLessThanOrEqual(turns);
    // Births are staggered: about one message in `turns` opens a conversation, from the start.
    expect(opened / messages).toBeGreaterThan(0.09);
    expect(opened / messages).toBeLessThan(0.13);
    const firstRound = new Set(Array.from({ length: conversations * turns }, (_, i) => conversationOf(i, conversations, turns)));
    expect(firstRound.size).toBeGreaterThan(conversations * 1.8);
  });
});

describe('When bench:http asks questions new to the matcher', () => {
  const varied = variedQuestions(path.resolve(__dirname, '../fixtures/dev-set.yaml'));

  test('it takes every distinct question of the first development set, long ones and typos included', () => {
    expect(varied.length).toBeGreaterThan(200);
    expect(new Set(varied).size).toBe(varied.length);
    expect(varied.some((q) => q.length > 200)).toBe(true);
    expect(varied).toContain('definiton du métier de développeur backend');
  });

  test('in turn: no question comes back before all the others, far more than the matcher keeps (16 readings, 32 rankings)', () => {
    const asked = Array.from({ length: varied.length * 2 }, (_, i) => askBody(i, varied).question as string);
    expect(new Set(asked.slice(0, varied.length)).size).toBe(varied.length);
    expect(asked[varied.length]).toBe(asked[0]);
    expect(messageActivity(7, 10, undefined, 'webchat', varied).text).toBe(varied[7]);
    expect(askBody(7).question).toBe(benchQuestions[1]);
  });
});

describe('When bench:http reports', () => {
  const round = (requestsPerSecond: number, p99Ms: number, failed = 0) => ({ requestsPerSecond, p50Ms: 1, p99Ms, ok: 100, failed, durationS: 5, cpuMsPerRequest: 1 });
  /** A run's figures but the bar: one round per target, no start or memory figures unless given. */
  const figures = (targets: HttpBenchReport['targets'], ratios: HttpBenchReport['ratios'], more: Partial<HttpBenchReport> = {}): Omit<HttpBenchReport, 'bar'> => ({
    date: '2026-11-29',
    node: 'v20',
    cpus: '2',
    loadAverage: 0,
    settings: { connections: 10, durationS: 5, rounds: 1, conversations: 1000, turnsPerConversation: 10 },
    targets,
    ratios,
    coldStartMs: [],
    ...more,
  });

  test('each line is the median of its rounds, and the bar is judged on the ratios', () => {
    expect(median([3, 1, 2])).toBe(2);
    const partial = figures(
      [summarise('bare', 'bare', [round(1000, 2)]), summarise('echo', 'echo', [round(100, 10)]), summarise('turn', 'turn', [round(95, 15)]), summarise('ask', 'ask', [round(400, 3)])],
      { turnVsEcho: 0.95, turnP99VsEcho: 1.5, askVsBare: 0.4, directLineVsEcho: 1, turnCpuVsEcho: 1 },
      { coldStartMs: [800, 900], memory: { conversations: 1000, turnsPerStep: 10_000, rssMb: [140, 141], failed: 0 } },
    );
    const bar = judge(partial);
    expect(bar.map((b) => b.met)).toEqual([true, false, true, true, true, true]);
    const text = formatReport({ ...partial, bar });
    expect(text).toContain('| turn | 95 |');
    expect(text).toContain('NOT MET: /api/ask req/s vs bare restify 0.40×');
    expect(text).not.toContain('in turn');
  });

  test('the workloads of questions in turn get their rows and ratios, outside the bar', () => {
    const partial = figures(
      [summarise('echo', 'echo', [round(100, 10)]), summarise('turnVaried', 'turn, 251 questions in turn', [round(80, 12)]), summarise('askVaried', 'ask, 251 questions in turn', [round(300, 3)])],
      { turnVsEcho: 0.95, turnP99VsEcho: 1.5, askVsBare: 0.4, directLineVsEcho: 1, turnCpuVsEcho: 1, turnVariedVsEcho: 0.8, askVariedVsBare: 0.3 },
    );
    const bar = judge(partial);
    expect(bar).toHaveLength(3);
    const text = formatReport({ ...partial, bar });
    expect(text).toContain('| turn, 251 questions in turn | 80 | 1.0 ms | 12 ms | 1000 µs | 0.80× echo |');
    expect(text).toContain('| ask, 251 questions in turn | 300 | 1.0 ms | 3.0 ms | 1000 µs | 0.30× bare restify |');
  });

  test('a ratio over failed requests (a rate limit answering 429) is never met', () => {
    const bar = judge(
      figures(
        [summarise('bare', 'bare', [round(1000, 1)]), summarise('echo', 'echo', [round(100, 1)]), summarise('turn', 'turn', [round(95, 1)]), summarise('ask', 'ask', [round(900, 1, 31_089)])],
        { turnVsEcho: 0.95, turnP99VsEcho: 1, askVsBare: 0.9, directLineVsEcho: 1, turnCpuVsEcho: 1 },
      ),
    );
    expect(bar.map((b) => b.met)).toEqual([true, false, true]);
    expect(bar[1].value).toBe('0.90× (31089 requests failed)');
  });
});

describe('When bench:http starts the bot', () => {
  test('it gives node the flags `npm start` gives it (a young generation of 4 MB: less memory kept, same speed)', () => {
    expect(startScriptFlags(path.resolve(__dirname, '../..'))).toEqual(['--max-semi-space-size=4']);
  });

  test('a start script without flags, or not run by node, gives none', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'start-flags-'));
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { start: 'node dist/index.js --max-semi-space-size=4' } }));
    expect(startScriptFlags(dir)).toEqual([]);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ scripts: { start: 'tsx src/index.ts' } }));
    expect(startScriptFlags(dir)).toEqual([]);
  });
});
