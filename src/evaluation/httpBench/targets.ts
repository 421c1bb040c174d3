import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A server of the benchmark, running in its own process on 127.0.0.1. */
export interface RunningTarget {
  name: string;
  url: string;
  pid: number;
  /** Milliseconds from spawning the process to its first good answer. */
  startedInMs: number;
  /** Resident memory of the process now (Linux: /proc; 0 elsewhere). */
  rssBytes(): number;
  /** CPU time the process has used so far, user + system, in milliseconds (Linux: /proc; 0 elsewhere). */
  cpuMs(): number;
  /** SIGTERM (a graceful stop for the bot), SIGKILL after 10 s. */
  stop(): Promise<void>;
  /** Resolves with the exit code once the process has exited (null when a signal ended it). */
  exited: Promise<number | null>;
}

export interface TargetSpec {
  name: string;
  /** The script run by `node`, and its node flags (e.g. --cpu-prof). */
  script: string;
  nodeFlags?: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Where the process's output goes (a file: writing it costs the target, not the load generator). */
  logFile: string;
  /** Resolves true once the target answers as it should (polled from the spawn until `timeoutMs`). */
  ready(url: string): Promise<boolean>;
  timeoutMs?: number;
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Spawns the target and waits for its first good answer; the time it took is the cold start. */
export async function startTarget(spec: TargetSpec): Promise<RunningTarget> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(spec.logFile, 'a');
  const started = performance.now();
  const child = spawn(process.execPath, [...(spec.nodeFlags ?? []), spec.script], {
    cwd: spec.cwd,
    env: { ...spec.env, PORT: String(port) },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = started + (spec.timeoutMs ?? 30_000);
  for (;;) {
    if (gone) throw new Error(`${spec.name} exited before answering (see ${spec.logFile})`);
    if (await spec.ready(url).catch(() => false)) break;
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${spec.name} did not answer within ${spec.timeoutMs ?? 30_000} ms (see ${spec.logFile})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const startedInMs = performance.now() - started;
  return {
    name: spec.name,
    url,
    pid: child.pid ?? 0,
    startedInMs,
    rssBytes: () => rssOf(child),
    cpuMs: () => cpuOf(child),
    stop: () => stopChild(child, exited),
    exited,
  };
}

function rssOf(child: ChildProcess): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** utime + stime of /proc/<pid>/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux). */
function cpuOf(child: ChildProcess): number {
  try {
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** POSTs JSON and returns the status and parsed body (undefined when not JSON). */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed };
}
