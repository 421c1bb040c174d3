import { spawn } from 'node:child_process';
import { once } from 'node:events';

/** The variables the entry point reads, all set so that a developer's `.env` cannot change a test. */
export const baseEnv = {
  PATH: process.env.PATH ?? '',
  HOST: '127.0.0.1',
  PORT: '0',
  KNOWLEDGE_DIR: 'knowledge',
  KNOWLEDGE_WATCH: 'false',
  LOG_LEVEL: 'info',
  NODE_ENV: 'test',
  STORAGE: 'memory',
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  MicrosoftAppType: '',
  MicrosoftAppTenantId: '',
  ANSWER_THRESHOLD: '',
  SUGGEST_THRESHOLD: '',
  ALLOW_UNAUTHENTICATED: '',
};

/** The bot started as `npm start` would (through tsx instead of the build), its output kept. */
export interface BotProcess {
  child: ReturnType<typeof spawn>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** The JSON log lines written so far. */
  logLines(): Array<Record<string, unknown>>;
  stderr(): string;
  /** Resolves with the port once the bot logs that it listens. */
  listening(timeoutMs?: number): Promise<number>;
}

/**
 * @param entry The entry point: the sources through tsx (default), or a built `index.js` run by node
 * alone, as `npm start` runs `dist/index.js`.
 */
export function startBotProcess(env: Record<string, string>, entry: { built: string } | 'sources' = 'sources'): BotProcess {
  const args = entry === 'sources' ? ['--import', 'tsx', 'src/index.ts'] : [entry.built];
  const child = spawn(process.execPath, args, { env: { ...baseEnv, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const logLines = () =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const listening = async (timeoutMs = 40_000) => {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      const line = logLines().find((record) => record.msg === 'FAQ bot listening');
      if (line) return line.port as number;
      if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the bot did not listen within ${timeoutMs} ms: ${stderr}`);
  };
  return { child, exited, logLines, stderr: () => stderr, listening };
}
