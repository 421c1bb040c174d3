import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

/** One activity the bot posted to the channel, with where it was posted. */
export interface PostedActivity {
  conversationId: string;
  /** The activity it replies to (`/activities/{replyToId}`), absent for a new message to the conversation. */
  replyToId?: string;
  authorization?: string;
  activity: Partial<Activity>;
}

/**
 * A tiny stand-in for the channel's connector (what the Emulator runs on its side): records the bot's
 * `POST /v3/conversations/{conversationId}/activities[/{replyToId}]` and answers `{ id }` like the real one.
 */
export interface ConnectorServer {
  url: string;
  posted: PostedActivity[];
  /** Resolves once `count` activities have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<PostedActivity[]>;
  close(): Promise<void>;
}

const activitiesPath = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

export async function startConnectorServer(): Promise<ConnectorServer> {
  const posted: PostedActivity[] = [];
  const waiters: Array<() => void> = [];
  let nextId = 1;

  const server: Server = createServer(async (req, res) => {
    const match = activitiesPath.exec(new URL(req.url ?? '/', 'http://connector').pathname);
    if (req.method !== 'POST' || !match) {
      return reply(res, 404, { error: 'not found' });
    }
    const activity = JSON.parse(await readBody(req)) as Partial<Activity>;
    posted.push({
      conversationId: decodeURIComponent(match[1]),
      replyToId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
      authorization: req.headers.authorization,
      activity,
    });
    reply(res, 200, { id: `reply-${nextId++}` });
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    posted,
    waitFor(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`connector received ${posted.length} activities, expected ${count}`)), timeoutMs);
        const check = () => {
          if (posted.length >= count) {
            clearTimeout(timer);
            resolve(posted.slice());
          } else waiters.push(check);
        };
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// Plain statusCode/setHeader/end: restify patches http.ServerResponse's prototype in this process.
function reply(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

/** The whole body of a request, as text. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
