import type { Request, Response } from 'restify';
import type { TokenIssuer } from './directLine/azureTokenIssuer';
import { clientKey } from './directLine/clientAddress';
import { sendResult } from './directLine/directLineRoutes';
import { directLineErrors } from './directLine/errorMessages';
import { checkRequestOrigin } from './directLine/requestOrigin';

/** Who may ask for a conversation: the client IP behind a proxy or not, and the sites allowed to embed the widget. */
export interface TokenRouteOptions {
  trustProxy: boolean;
  allowedOrigins: readonly string[];
}

/**
 * `POST /api/directline/token`: a token for one new conversation, for the widget's Web Chat.
 * Response `{ conversationId, token, expires_in, userId }` (Direct Line's shape plus the visitor's id);
 * 403 for a page of a site not in WIDGET_ALLOWED_ORIGINS, 429 with Retry-After past the per-IP limit,
 * 502 when Azure's token service fails.
 */
export function tokenRoute(issuer: TokenIssuer, options: TokenRouteOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const origin = checkRequestOrigin(req, options.allowedOrigins, options.trustProxy);
    if (!origin.allowed) return sendResult(res, { status: 403, error: directLineErrors.originRefused(origin.origin) });
    sendResult(res, await issuer.issue(clientKey(req, options.trustProxy)));
  };
}
