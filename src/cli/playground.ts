/**
 * `npm run playground`: starts the bot (watch-free `tsx src/index.ts`) and the Microsoft 365 Agents
 * Playground in Teams mode against it, then opens the Playground's page. Ctrl+C stops both.
 * PORT is the bot's port (default 3978), PLAYGROUND_PORT the page's (default 56150);
 * TEAMSAPPTESTER_BROWSER=none keeps the browser closed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import dotenv from 'dotenv';
import { ConfigError, loadConfig } from '../config/loadConfig';
import { playgroundLogTail, startPlayground } from '../teamsApp/playgroundProcess';
import { asksForHelp } from './runCli';

const defaultPlaygroundPort = 56150;

const USAGE =
  'Usage: npm run playground   (starts the bot and the Microsoft 365 Agents Playground in Teams mode; Ctrl+C stops both)\n' +
  '  PORT: the bot\'s port (default 3978); PLAYGROUND_PORT: the page\'s (default 56150); TEAMSAPPTESTER_BROWSER=none: no browser.';
const botStartTimeoutMs = 60_000;

async function waitForBot(port: number, bot: ChildProcess): Promise<void> {
  const deadline = Date.now() + botStartTimeoutMs;
  while (Date.now() < deadline) {
    if (bot.exitCode !== null) throw new Error(`The bot exited (code ${bot.exitCode}) before answering on port ${port}.`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The bot did not answer on http://127.0.0.1:${port}/healthz within ${botStartTimeoutMs / 1000} s.`);
}

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env);
  const port = config.port || 3978;
  const children: ChildProcess[] = [];
  const stopAll = (code: number) => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    process.exitCode = code;
  };
  process.once('SIGINT', () => stopAll(0));
  process.once('SIGTERM', () => stopAll(0));

  const bot = spawn(process.execPath, [require.resolve('tsx/cli'), 'src/index.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: String(port) },
  });
  children.push(bot);
  bot.once('exit', (code) => stopAll(code ?? 1));
  await waitForBot(port, bot);

  const playground = startPlayground({
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    port: Number(process.env.PLAYGROUND_PORT) || defaultPlaygroundPort,
    openBrowser: process.env.TEAMSAPPTESTER_BROWSER !== 'none',
    credentials: config.bot,
    stdio: 'inherit',
  });
  children.push(playground.process);
  playground.process.once('exit', (code) => {
    if (code) console.error(`The Agents Playground stopped (code ${code}). Its log says:\n${playgroundLogTail(playground)}`);
    stopAll(code ?? 1);
  });
  console.log(`Agents Playground (Teams mode): ${await playground.url} — bot at http://127.0.0.1:${port}/api/messages. Ctrl+C stops both.`);
}

const args = process.argv.slice(2);
if (asksForHelp(args)) console.log(USAGE);
else if (args.length > 0) {
  // It takes its settings from the environment: an argument is a mistake, not something to ignore.
  console.error(`Unknown argument '${args[0]}'.\n${USAGE}`);
  process.exitCode = 2;
} else {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `Cannot start the Playground: ${(error as Error).message}`);
    process.exitCode = 1;
    process.kill(process.pid, 'SIGTERM');
  });
}
