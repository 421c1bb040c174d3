/**
 * `npm run soak [-- --seconds 60] [--conversations 50] [--sigterm-at SECONDS] [--redis-url redis://127.0.0.1:PORT]`
 *
 * Issue 13's soak: the built bot (as `npm start` runs it) in its own process on 127.0.0.1, default settings
 * (file storage, learning records) but the rate limits raised; `--conversations` visitors at once for
 * `--seconds`, half through the built-in Direct Line (post, then poll, as Web Chat does), half through
 * `/api/messages` with `deliveryMode: expectReplies`; every fourth turn a 👍. Prints the turns, errors, p50/p99
 * per channel and the bot's resident memory every 5 s. With `--sigterm-at`, sends SIGTERM then and checks
 * that the turns in flight finish, the exit code is 0 and every thanked vote is in the learning files.
 * Only 127.0.0.1 is ever contacted (a `--redis-url` elsewhere is refused).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatSoak, type RssSample } from '../evaluation/soak/soakReport';
import { directLineVisitor, messagesVisitor, type TurnOutcome, type VisitorContext } from '../evaluation/soak/soakVisitors';
import { postJson, startTarget } from '../evaluation/httpBench/targets';
import { hasMessageReply, messageActivity } from '../evaluation/httpBench/workloads';
import { runCli } from './runCli';

/** Seconds between two readings of the bot's memory. */
const rssEverySeconds = 5;

const usage = 'Usage: npm run soak -- [--seconds 60] [--conversations 50] [--sigterm-at SECONDS] [--redis-url redis://127.0.0.1:PORT]';

function readOptions() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '60' },
      conversations: { type: 'string', default: '50' },
      'sigterm-at': { type: 'string' },
      'redis-url': { type: 'string' },
    },
  });
  const whole = (name: string, value: string, max: number) => {
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new Error(`--${name} must be a whole number from 1 to ${max}.\n${usage}`);
    return Number(value);
  };
  const seconds = whole('seconds', values.seconds, 3600);
  const sigtermAt = values['sigterm-at'] === undefined ? undefined : whole('sigterm-at', values['sigterm-at'], seconds);
  const redisUrl = values['redis-url'];
  if (redisUrl !== undefined && !/^redis:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(redisUrl)) {
    throw new Error(`--redis-url must be a Redis on this machine, e.g. redis://127.0.0.1:6379 (the soak contacts 127.0.0.1 only).\n${usage}`);
  }
  return { seconds, conversations: whole('conversations', values.conversations, 1000), sigtermAt, redisUrl };
}

/** Votes recorded in DATA_DIR/learning/*.jsonl. */
function recordedVotes(learningDir: string): number {
  let votes = 0;
  for (const file of readdirSync(learningDir).filter((name) => name.endsWith('.jsonl'))) {
    for (const line of readFileSync(path.join(learningDir, file), 'utf8').split('\n')) {
      if (line.trim() && (JSON.parse(line) as { type?: string; vote?: string }).type === 'feedback') votes++;
    }
  }
  return votes;
}

async function soak(): Promise<number> {
  const options = readOptions();
  const repoDir = path.resolve(__dirname, '..', '..');
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'faq-soak-'));
  const dataDir = path.join(workDir, 'data');
  const bot = await startTarget({
    name: 'bot',
    script: path.join(repoDir, 'dist', 'index.js'),
    cwd: workDir,
    logFile: path.join(workDir, 'bot.log'),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      KNOWLEDGE_DIR: path.join(repoDir, 'knowledge'),
      DATA_DIR: dataDir,
      SECRETS_DIR: path.join(workDir, 'secrets'),
      DIRECT_LINE_ACTIVITIES_PER_MINUTE: '10000',
      DIRECT_LINE_POLLS_PER_MINUTE: '10000',
      DIRECT_LINE_CONVERSATIONS_PER_HOUR: '100000',
      ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    },
    ready: async (url) => hasMessageReply((await postJson(`${url}/api/messages`, messageActivity(0, 1))).body),
    timeoutMs: 60_000,
  });
  console.log(`Bot started in ${Math.round(bot.startedInMs)} ms at ${bot.url}`);

  const startedAt = Date.now();
  const deadline = startedAt + options.seconds * 1000;
  const outcomes: TurnOutcome[] = [];
  const rss: RssSample[] = [{ second: 0, mb: bot.rssBytes() / 2 ** 20 }];
  let signalled = false;
  const sampler = setInterval(() => {
    const mb = bot.rssBytes() / 2 ** 20;
    if (mb > 0) rss.push({ second: Math.round((Date.now() - startedAt) / 1000), mb });
  }, rssEverySeconds * 1000);
  if (options.sigtermAt !== undefined) {
    const at = options.sigtermAt;
    setTimeout(() => {
      signalled = true;
      console.log(`SIGTERM to the bot at ${at} s`);
      process.kill(bot.pid, 'SIGTERM');
    }, at * 1000).unref();
  }
  const context: VisitorContext = {
    url: bot.url,
    startedAt,
    goOn: () => Date.now() < deadline && !signalled,
    stopping: () => signalled,
    record: (outcome) => outcomes.push(outcome),
  };
  await Promise.all(Array.from({ length: options.conversations }, (_, i) => (i % 2 === 0 ? directLineVisitor(context, i) : messagesVisitor(context, i))));
  clearInterval(sampler);

  let drain;
  if (options.sigtermAt !== undefined) {
    const exitCode = await bot.exited;
    drain = { atSecond: options.sigtermAt, exitCode, recordedVotes: recordedVotes(path.join(dataDir, 'learning')) };
  } else {
    await bot.stop();
  }
  console.log(formatSoak({ seconds: options.seconds, conversations: options.conversations, outcomes, rss, drain }));
  const errors = outcomes.filter((outcome) => outcome.error).length;
  const lost = drain ? outcomes.filter((o) => o.voteThanked).length > drain.recordedVotes : false;
  const failed = errors > 0 || lost || (drain !== undefined && drain.exitCode !== 0);
  // The bot's log is kept when something went wrong, to read why.
  if (failed) console.log(`Bot log kept: ${path.join(workDir, 'bot.log')}`);
  else rmSync(workDir, { recursive: true, force: true });
  return failed ? 1 : 0;
}

runCli(soak);
