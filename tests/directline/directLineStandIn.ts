import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from '../helpers/connectorServer';

/** One request the stand-in received. */
export interface TokenRequest {
  path: string;
  authorization?: string;
  body: unknown;
}

/** How the stand-in answers `POST /v3/directline/tokens/generate`. */
export type StandInBehaviour =
  | { kind: 'ok' }
  | { kind: 'status'; status: number }
  | { kind: 'not-json' }
  | { kind: 'slow'; delayMs: number };

/**
 * A local stand-in for Azure's Direct Line token service on 127.0.0.1: records the requests and answers
 * like `tokens/generate` does (`{ conversationId, token, expires_in }`), or fails as told.
 */
export async function startDirectLineStandIn() {
  const requests: TokenRequest[] = [];
  let behaviour: StandInBehaviour = { kind: 'ok' };
  let issued = 0;

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body: body ? JSON.parse(body) : undefined });
    if (req.method !== 'POST' || req.url !== '/v3/directline/tokens/generate') return reply(res, 404, '{"error":{"code":"NotFound"}}');
    if (behaviour.kind === 'status') return reply(res, behaviour.status, '{"error":{"code":"BadArgument","message":"Unknown secret"}}');
    if (behaviour.kind === 'not-json') return reply(res, 200, '<html>proxy error</html>');
    if (behaviour.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, behaviour.kind === 'slow' ? behaviour.delayMs : 0));
    issued++;
    reply(res, 200, JSON.stringify({ conversationId: `azure-conv-${issued}`, token: `azure-token-${issued}`, expires_in: 3600 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}/v3/directline`,
    requests,
    behave(next: StandInBehaviour) {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// Plain statusCode/setHeader/end: restify patches http.ServerResponse's prototype in this process.
function reply(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader('content-type', body.startsWith('<') ? 'text/html' : 'application/json');
  res.end(body);
}

