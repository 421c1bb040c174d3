import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

// Azurite's well-known development account (public, documented by Microsoft; not a secret).
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const BLOB_MAIN = path.resolve('node_modules/azurite/dist/src/blob/main.js');
const LISTENING = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/;

/** A real Azurite blob service on 127.0.0.1, in its own temporary folder. */
export interface Azurite {
  port: number;
  /** Connection string for the SDKs (ContainerClient, BlobsStorage). */
  connectionString: string;
  /** A container name never used before in this run. */
  freshContainer(): string;
  /** Stops the service (the store "goes away"); its data stays in the folder. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same data. */
  restart(): Promise<void>;
  /** Stops it and deletes its folder. */
  dispose(): Promise<void>;
}

/**
 * Starts Azurite's blob service as a child process (the way people run it), on a free port.
 * @example
 *   const azurite = await startAzurite();
 *   const storage = new BlobsStorage(azurite.connectionString, azurite.freshContainer());
 *   await azurite.dispose();
 */
export async function startAzurite(): Promise<Azurite> {
  const location = await mkdtemp(path.join(tmpdir(), 'faq-bot-azurite-'));
  let child: ChildProcess | undefined;
  let port = 0;

  const launch = async (requestedPort: number) => {
    const args = ['--blobHost', '127.0.0.1', '--blobPort', String(requestedPort), '--location', location];
    const started = spawn(process.execPath, [BLOB_MAIN, ...args, '--skipApiVersionCheck', '--disableTelemetry', '--silent'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    let output = '';
    const listening = new Promise<number>((resolve, reject) => {
      started.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = LISTENING.exec(output);
        if (match) resolve(Number(match[1]));
      });
      started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      started.once('exit', (code) => reject(new Error(`Azurite exited (${code}) before listening:\n${output}`)));
    });
    port = await listening;
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = once(running, 'exit');
    // SIGTERM lets Azurite save its metadata; a hung close is cut short.
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  await launch(0);
  const endpoint = () => `http://127.0.0.1:${port}/${ACCOUNT}`;
  let containers = 0;
  const runId = randomBytes(3).toString('hex');
  return {
    get port() {
      return port;
    },
    get connectionString() {
      return `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};BlobEndpoint=${endpoint()};`;
    },
    freshContainer: () => `test-${runId}-${++containers}`,
    stop,
    restart: async () => {
      await stop();
      await launch(port);
    },
    dispose: async () => {
      await stop();
      await rm(location, { recursive: true, force: true });
    },
  };
}
