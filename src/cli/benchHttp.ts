/**
 * `npm run bench:http [-- --rounds 3] [--duration 5] [--connections 10] [--no-memory] [--no-cold-start]
 *   [--cpu-prof] [--out test-output/bench-http.json]`
 *
 * The bot's HTTP cost beside references, in one run (issue 11): a bare restify route answering `{}`,
 * the Bot Framework's echo bot (botbuilder's CloudAdapter on the same restify), and this bot with its
 * default settings (file storage, LOG_LEVEL=info, learning records), each in its own process, measured
 * alternately with autocannon: `/api/messages` with `deliveryMode: expectReplies`, `/api/ask`, and a message
 * through the built-in Direct Line. Then the start to the first answer, and resident memory after 10,000
 * and 20,000 turns over 1,000 conversations. Prints a Markdown table and the bar; writes the figures as JSON.
 *
 * Runs the built code (`npm run bench:http` builds first), so the bot starts as `npm start` starts it.
 * Only the rate limits are raised from their defaults (a benchmark is one client asking thousands of times).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runLoad, type LoadFigures, type LoadSpec } from '../evaluation/httpBench/load';
import { formatReport, judge, median, summarise, type HttpBenchReport, type MemoryFigures, type TargetFigures } from '../evaluation/httpBench/report';
import { postJson, startTarget, type RunningTarget, type TargetSpec } from '../evaluation/httpBench/targets';
import { startScriptFlags } from '../evaluation/httpBench/startFlags';
import { askBody, directLineMessage, hasMessageReply, messageActivity, variedQuestions } from '../evaluation/httpBench/workloads';

const distDir = path.resolve(__dirname, '..');
const repoDir = path.resolve(distDir, '..');

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '5' },
    conversations: { type: 'string', default: '1000' },
    'turns-per-conversation': { type: 'string', default: '10' },
    'memory-turns': { type: 'string', default: '10000' },
    'no-memory': { type: 'boolean', default: false },
    'no-cold-start': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join('test-output', 'bench-http.json') },
  },
});

const rounds = Number(args.rounds);
const durationS = Number(args.duration);
const connections = Number(args.connections);
const warmupS = Number(args.warmup);
const conversations = Number(args.conversations);
const turnsPerConversation = Number(args['turns-per-conversation']);
const memoryTurns = Number(args['memory-turns']);
/** Built-in Direct Line conversations the messages are spread over. */
const directLineConversations = 100;

const workDir = mkdtempSync(path.join(os.tmpdir(), 'faq-bench-http-'));
const profileDir = path.resolve(repoDir, 'test-output', 'profiles');

/** Default settings, in a folder of their own (no .env is read), with only the rate limits raised. */
function botSpec(name: string, dir = mkdtempSync(path.join(workDir, `${name}-`))): TargetSpec {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOST: '127.0.0.1',
    KNOWLEDGE_DIR: path.join(repoDir, 'knowledge'),
    DATA_DIR: path.join(dir, 'data'),
    SECRETS_DIR: path.join(dir, 'secrets'),
    ASK_REQUESTS_PER_MINUTE: '10000000',
    DIRECT_LINE_ACTIVITIES_PER_MINUTE: '10000',
    DIRECT_LINE_CONVERSATIONS_PER_HOUR: '100000',
  };
  return {
    name,
    script: path.join(distDir, 'index.js'),
    // As `npm start` starts it (its Node flags included).
    nodeFlags: [...startScriptFlags(repoDir), ...(args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
    env,
    cwd: dir,
    logFile: path.join(dir, 'bot.log'),
    ready: async (url) => hasMessageReply((await postJson(`${url}/api/messages`, messageActivity(0, 1))).body),
  };
}

function referenceSpec(name: string, script: string, ready: (url: string) => Promise<boolean>): TargetSpec {
  return {
    name,
    script: path.join(distDir, 'evaluation', 'httpBench', script),
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    cwd: workDir,
    logFile: path.join(workDir, `${name}.log`),
    ready,
  };
}

function echoSpec(): TargetSpec {
  return referenceSpec('echo-bot', 'echoBotServer.js', async (url) => hasMessageReply((await postJson(`${url}/api/messages`, messageActivity(0, 1))).body));
}

const json = (value: unknown) => JSON.stringify(value);

/** Messages over `conversations` conversations; with `turnsPerConversation`, each lasts that many messages and a new one follows. */
function messagesLoad(target: RunningTarget, offset = 0, turnsPerConversation?: number, questions?: readonly string[]): Omit<LoadSpec, 'connections'> {
  return {
    url: target.url,
    cpuMs: target.cpuMs,
    request: (i) => ({ path: '/api/messages', body: json(messageActivity(offset + i, conversations, turnsPerConversation, 'webchat', questions)) }),
  };
}

async function directLineLoad(bot: RunningTarget): Promise<Omit<LoadSpec, 'connections'>> {
  const started: Array<{ conversationId: string; token: string }> = [];
  for (let i = 0; i < directLineConversations; i++) {
    const { status, body } = await postJson(`${bot.url}/v3/directline/conversations`, {});
    if (status !== 201) throw new Error(`Direct Line refused a conversation: ${status} ${json(body)}`);
    started.push(body as { conversationId: string; token: string });
  }
  return {
    url: bot.url,
    cpuMs: bot.cpuMs,
    request: (i) => {
      const { conversationId, token } = started[i % started.length];
      return {
        path: `/v3/directline/conversations/${encodeURIComponent(conversationId)}/activities`,
        body: json(directLineMessage(i)),
        headers: { authorization: `Bearer ${token}` },
      };
    },
  };
}

/** A first start on an empty DATA_DIR (a new deployment), then two restarts on the same one (what it kept is reused). */
async function measureColdStarts(): Promise<number[]> {
  const times: number[] = [];
  const dir = mkdtempSync(path.join(workDir, 'cold-'));
  for (let i = 0; i < 3; i++) {
    const bot = await startTarget(botSpec(`cold-${i}`, dir));
    times.push(bot.startedInMs);
    await bot.stop();
  }
  return times;
}

/** Resident memory of a fresh process after each of two runs of `memoryTurns` turns over `conversations` conversations. */
async function measureMemory(spec: TargetSpec): Promise<{ rssMb: number[]; failed: number; startMs: number }> {
  const target = await startTarget(spec);
  const rssMb: number[] = [];
  let failed = 0;
  try {
    for (let step = 0; step < 2; step++) {
      const figures = await runLoad({ ...messagesLoad(target, step * memoryTurns), connections, amount: memoryTurns });
      failed += figures.failed;
      // Read after two idle seconds: what the process keeps, not the garbage of the last second's turns.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      rssMb.push(target.rssBytes() / (1024 * 1024));
    }
  } finally {
    await target.stop();
  }
  return { rssMb, failed, startMs: target.startedInMs };
}

async function main(): Promise<void> {
  mkdirSync(profileDir, { recursive: true });
  const loadAverage = os.loadavg()[0];
  const coldStartMs = args['no-cold-start'] ? [] : await measureColdStarts();
  let memory: MemoryFigures | undefined;
  if (!args['no-memory']) {
    const ours = await measureMemory(botSpec('memory'));
    const echo = await measureMemory(echoSpec());
    memory = { conversations, turnsPerStep: memoryTurns, rssMb: ours.rssMb, failed: ours.failed, echoRssMb: echo.rssMb, echoStartMs: echo.startMs };
  }

  const varied = variedQuestions(path.join(repoDir, 'tests', 'fixtures', 'dev-set.yaml'));
  const bare = await startTarget(referenceSpec('bare-restify', 'bareRestifyServer.js', async (url) => (await postJson(`${url}/`, {})).status === 200));
  const echo = await startTarget(echoSpec());
  const bot = await startTarget(botSpec('bot'));
  try {
    const loads: Array<{ key: string; label: string; spec: Omit<LoadSpec, 'connections'> }> = [
      { key: 'bare', label: 'bare restify route → `{}`', spec: { url: bare.url, cpuMs: bare.cpuMs, request: (i) => ({ path: '/api/ask', body: json(askBody(i)) }) } },
      { key: 'echo', label: 'botbuilder echo bot, `/api/messages`', spec: messagesLoad(echo, 0, turnsPerConversation) },
      { key: 'turn', label: 'this bot, `/api/messages`', spec: messagesLoad(bot, 0, turnsPerConversation) },
      { key: 'ask', label: 'this bot, `/api/ask`', spec: { url: bot.url, cpuMs: bot.cpuMs, request: (i) => ({ path: '/api/ask', body: json(askBody(i)) }) } },
      { key: 'directLine', label: 'this bot, built-in Direct Line', spec: await directLineLoad(bot) },
      // Not the bar's workload: the same, with every question new to the matcher's recent memory.
      { key: 'turnVaried', label: `this bot, \`/api/messages\`, ${varied.length} questions in turn`, spec: messagesLoad(bot, 0, turnsPerConversation, varied) },
      { key: 'askVaried', label: `this bot, \`/api/ask\`, ${varied.length} questions in turn`, spec: { url: bot.url, cpuMs: bot.cpuMs, request: (i) => ({ path: '/api/ask', body: json(askBody(i, varied)) }) } },
    ];
    for (const load of loads) await runLoad({ ...load.spec, connections, durationS: warmupS });
    const measured = new Map<string, LoadFigures[]>(loads.map((l) => [l.key, []]));
    for (let round = 0; round < rounds; round++) {
      // Each round starts with another target, so that none is always measured first.
      for (let k = 0; k < loads.length; k++) {
        const load = loads[(round + k) % loads.length];
        const figures = await runLoad({ ...load.spec, connections, durationS });
        measured.get(load.key)!.push(figures);
        const cpu = figures.cpuMsPerRequest === undefined ? '' : `, ${Math.round(figures.cpuMsPerRequest * 1000)} µs CPU per request`;
        process.stderr.write(`round ${round + 1}/${rounds} ${load.key}: ${Math.round(figures.requestsPerSecond)} req/s, p99 ${figures.p99Ms} ms${cpu}\n`);
      }
    }
    const targets: TargetFigures[] = loads.map((l) => summarise(l.key, l.label, measured.get(l.key)!));
    const roundsOf = (key: string) => measured.get(key)!;
    const ratio = (key: string, reference: string, figure: (round: LoadFigures) => number) =>
      median(roundsOf(key).map((round, i) => figure(round) / figure(roundsOf(reference)[i])));
    const partial: Omit<HttpBenchReport, 'bar'> = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
      loadAverage,
      settings: { connections, durationS, rounds, conversations, turnsPerConversation },
      targets,
      // Each ratio is the median of the rounds' own ratios: targets of one round ran a few seconds apart,
      // so a machine whose load drifts between rounds moves both sides of a ratio alike.
      ratios: {
        turnVsEcho: ratio('turn', 'echo', (r) => r.requestsPerSecond),
        turnP99VsEcho: ratio('turn', 'echo', (r) => r.p99Ms),
        askVsBare: ratio('ask', 'bare', (r) => r.requestsPerSecond),
        directLineVsEcho: ratio('directLine', 'echo', (r) => r.requestsPerSecond),
        turnCpuVsEcho: ratio('turn', 'echo', (r) => r.cpuMsPerRequest ?? Number.NaN),
        turnVariedVsEcho: ratio('turnVaried', 'echo', (r) => r.requestsPerSecond),
        askVariedVsBare: ratio('askVaried', 'bare', (r) => r.requestsPerSecond),
      },
      coldStartMs,
      memory,
    };
    const report: HttpBenchReport = { ...partial, bar: judge(partial) };
    console.log(formatReport(report));
    const out = path.resolve(repoDir, args.out);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nFigures written to ${path.relative(process.cwd(), out)} (${os.cpus().length} CPUs, load ${loadAverage.toFixed(1)} at start, ${process.version}).`);
  } finally {
    await Promise.all([bare.stop(), echo.stop(), bot.stop()]);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(workDir, { recursive: true, force: true }));
