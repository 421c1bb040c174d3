import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** Debian's `redis-server`, when this machine has it (.ci/run installs it; a developer may not have it). */
export const redisServerBinary = spawnSync('redis-server', ['--version']).status === 0 ? 'redis-server' : undefined;

/** Why Redis tests are skipped here: said once, in the skip's title. */
export const noRedisReason = 'redis-server is not installed (apt-get install redis-server; .ci/run installs it)';

/** Skipped only on a developer's machine without redis-server: in CI (CI=true) they run, and fail without it. */
export const skipRedisTests = !redisServerBinary && !process.env.CI;

/** A real redis-server on 127.0.0.1, without persistence. */
export interface RedisServer {
  port: number;
  url: string;
  /** Freezes the server (SIGSTOP): connections stay open but nothing answers, as in a network outage. Data is kept. */
  pause(): void;
  /** Lets a paused server answer again (SIGCONT). */
  resume(): void;
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts `redis-server --port N --save '' --appendonly no` on 127.0.0.1, on a free port unless told which.
 * @example const redis = await startRedisServer(); process.env.REDIS_URL = redis.url; await redis.stop();
 */
export async function startRedisServer(requestedPort?: number): Promise<RedisServer> {
  if (!redisServerBinary) throw new Error(noRedisReason);
  const port = requestedPort ?? (await freePort());
  const child: ChildProcess = spawn(redisServerBinary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/Ready to accept connections/.test(output)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before accepting connections:\n${output}`)));
  });
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    pause: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
