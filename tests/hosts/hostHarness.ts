import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity, ActivityBot } from '../../src/channels/activity';
import type { BotCredentials } from '../../src/config/types';
import type { Logger } from '../../src/logging/createLogger';
import type { BotHost, HostFailure } from '../../src/server/botHost';
import { readBody } from '../helpers/connectorServer';
import { silentLogger } from '../helpers/logs';

/**
 * How a host is made: what createAgentsHost (and the botbuilder host) look like to a test. Without a type
 * argument it takes no options, so factories with different options fit in one `describe.each` table.
 */
export type BotHostFactory<Options = never> = (credentials: BotCredentials, bot: ActivityBot, logger: Logger, options?: Options) => BotHost;

export const anonymous: BotCredentials = Object.freeze({
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  MicrosoftAppType: 'MultiTenant',
  MicrosoftAppTenantId: '',
});

/** What `/api/messages` answered. */
export interface HostResponse {
  status: number;
  body: unknown;
}

export interface RunningHost {
  /** http://127.0.0.1:port */
  url: string;
  host: BotHost;
  /** Every failure runActivity threw, as the host classified it. */
  failures: HostFailure[];
  /** POSTs an activity to /api/messages. */
  post(activity: Partial<Activity>, headers?: Record<string, string>): Promise<HostResponse>;
  close(): Promise<void>;
}

/** The statuses the server's route gives each failure (src/server/messagesRoute.ts). */
const failureStatus: Record<HostFailure, number> = { 'token-refused': 401, 'authentication-unavailable': 503, internal: 500 };

/**
 * A host behind a minimal `/api/messages` on 127.0.0.1 (free port), answering as the server's route does:
 * 200 or the invoke/expectReplies result, 401 / 503 / 500 by `failureOf`. Run one conversation suite against
 * every host with `describe.each([['agents', createAgentsHost], ['botbuilder', ...]])`.
 */
export async function startHost<Options>(
  factory: BotHostFactory<Options>,
  settings: { bot: ActivityBot; credentials?: BotCredentials; logger?: Logger; options?: Options },
): Promise<RunningHost> {
  const host = factory(settings.credentials ?? anonymous, settings.bot, settings.logger ?? silentLogger, settings.options);
  const failures: HostFailure[] = [];

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/api/messages') return reply(res, 404, { error: 'not found' });
    let activity: Activity;
    try {
      activity = JSON.parse(await readBody(req)) as Activity;
    } catch {
      return reply(res, 400, { error: 'not JSON' });
    }
    try {
      const result = await host.runActivity(req.headers.authorization ?? '', activity);
      reply(res, result?.status ?? 200, result?.body);
    } catch (error) {
      const failure = host.failureOf(error);
      failures.push(failure);
      reply(res, failureStatus[failure], { error: failure });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    host,
    failures,
    async post(activity, headers = {}) {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// Plain statusCode/setHeader/end: restify patches http.ServerResponse's prototype when it is loaded.
function reply(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  if (body === undefined) return void res.end();
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}
