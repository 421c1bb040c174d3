import type { Request, Response, Server } from 'restify';
import { sendError } from '../sendError';
import { bearerToken } from './bearerToken';
import type { BuiltinDirectLine, DirectLineResult } from './builtinDirectLine';
import type { TokenRouteOptions } from '../tokenRoute';
import { clientKey } from './clientAddress';
import { directLineErrors } from './errorMessages';
import { checkRequestOrigin } from './requestOrigin';

/** Where the built-in Direct Line is served: Web Chat's `domain` option points here. */
export const directLinePath = '/v3/directline';

/**
 * The routes of the built-in Direct Line (what DirectLineJS calls with `webSocket: false`):
 * `POST /conversations`, `GET /conversations/{id}` (resume), `POST|GET /conversations/{id}/activities`,
 * `POST /tokens/refresh`. Every call but a new conversation needs `Authorization: Bearer <conversation token>`;
 * a new conversation without a token is the token endpoint's business and follows its origin rule.
 */
export function registerDirectLineRoutes(server: Server, directLine: BuiltinDirectLine, options: TokenRouteOptions): void {
  const { trustProxy, allowedOrigins } = options;
  server.post(`${directLinePath}/conversations`, async (req: Request, res: Response) => {
    const token = bearerToken(req);
    const origin = token ? { allowed: true as const } : checkRequestOrigin(req, allowedOrigins, trustProxy);
    if (!origin.allowed) return sendResult(res, { status: 403, error: directLineErrors.originRefused(origin.origin) });
    sendResult(res, await directLine.start(token, clientKey(req, trustProxy)));
  });

  // DirectLineJS resumes a known conversation with GET (instead of POST) when given its id.
  server.get(`${directLinePath}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const token = bearerToken(req);
    const access = await directLine.activities(token, req.params.conversationId, '');
    if ('error' in access) return sendResult(res, access);
    sendResult(res, await directLine.start(token, clientKey(req, trustProxy)));
  });

  server.post(`${directLinePath}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    sendResult(res, await directLine.post(bearerToken(req), req.params.conversationId, req.body));
  });

  server.get(`${directLinePath}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const watermark = new URLSearchParams(req.getQuery()).get('watermark') ?? undefined;
    sendResult(res, await directLine.activities(bearerToken(req), req.params.conversationId, watermark));
  });

  server.post(`${directLinePath}/tokens/refresh`, async (req: Request, res: Response) => {
    sendResult(res, await directLine.refresh(bearerToken(req)));
  });
}

/** Sends an operation's result: its body, or `{ error }` with Retry-After (seconds) on 429 and 503. */
export function sendResult<T>(res: Response, result: DirectLineResult<T>): void {
  // Tokens and conversations must never sit in a shared cache.
  res.header('Cache-Control', 'no-store');
  if ('error' in result) {
    if (result.retryAfterSeconds !== undefined) res.header('Retry-After', String(result.retryAfterSeconds));
    return sendError(res, result.status, result.error);
  }
  res.send(result.status, result.body);
}
