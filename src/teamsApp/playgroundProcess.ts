import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BotCredentials } from '../config/types';
import { appPackageDir } from './buildAppPackage';

/** The people, chats and team the Playground simulates, with the bot under the app's name. */
export const playgroundConfigFile = path.join(appPackageDir, 'playground', '.m365agentsplayground.yml');

export interface PlaygroundOptions {
  /** The bot's Bot Framework endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  endpoint: string;
  /** Port of the Playground's page (it picks another one if this one is taken). */
  port: number;
  /** Open the page in the default browser (for people; tests drive their own). */
  openBrowser: boolean;
  /** When the bot has an App ID, the Playground must sign its requests with the same identity. */
  credentials?: BotCredentials;
  /** `inherit` shows the Playground's output in this terminal; `pipe` (the default) keeps it quiet. */
  stdio?: 'inherit' | 'pipe';
}

export interface RunningPlayground {
  process: ChildProcess;
  /** The Playground's page, once it listens. */
  url: Promise<string>;
  /** Its log file: it writes its errors there rather than to the terminal (a bad config file, say). */
  logFile: string;
}

/**
 * Starts the Microsoft 365 Agents Playground (npm `@microsoft/m365agentsplayground`) in Teams mode:
 * `agentsplayground -e <endpoint> -c msteams`, telemetry off, with our simulated team and chats.
 */
export function startPlayground(options: PlaygroundOptions): RunningPlayground {
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const args = [cli, '-e', options.endpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'];
  const credentials = options.credentials;
  if (credentials?.MicrosoftAppId) {
    args.push('--client-id', credentials.MicrosoftAppId);
    if (credentials.MicrosoftAppPassword) args.push('--client-secret', credentials.MicrosoftAppPassword);
    if (credentials.MicrosoftAppTenantId) args.push('--tenant-id', credentials.MicrosoftAppTenantId);
  }
  const logFile = path.join(tmpdir(), `m365agentsplayground-${process.pid}-${options.port}.log`);
  const child = spawn(process.execPath, args, {
    // Its stderr is unread by tests: ignored, so that a full pipe can never block it.
    stdio: ['ignore', 'pipe', options.stdio === 'inherit' ? 'inherit' : 'ignore'],
    env: {
      ...process.env,
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: playgroundConfigFile,
      // Its log file would otherwise land in ./devTools of the working directory.
      M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
      ...(options.openBrowser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }),
    },
  });
  const url = new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      if (options.stdio === 'inherit') process.stdout.write(chunk);
      seen += chunk.toString();
      const listening = /Listening on (\d+)/.exec(seen);
      if (listening) resolve(`http://127.0.0.1:${listening[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`The Agents Playground exited (code ${code}) before listening:\n${seen}`)));
    child.once('error', reject);
  });
  return { process: child, url, logFile };
}

/** The last lines of the Playground's log, which say why it stopped. */
export function playgroundLogTail(playground: RunningPlayground, lines = 8): string {
  try {
    return readFileSync(playground.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}
