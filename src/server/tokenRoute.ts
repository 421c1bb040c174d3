import type { Request, Response } from 'restify';
import type { TokenIssuer } from './directLine/azureTokenIssuer';
import { clientAddress } from './directLine/clientAddress';
import { sendResult } from './directLine/directLineRoutes';

/**
 * `POST /api/directline/token`: a token for one new conversation, for the widget's Web Chat.
 * Response `{ conversationId, token, expires_in, userId }` (Direct Line's shape plus the visitor's id);
 * 429 with Retry-After past the per-IP limit, 502 when Azure's token service fails.
 */
export function tokenRoute(issuer: TokenIssuer, trustProxy: boolean) {
  return async (req: Request, res: Response): Promise<void> => {
    sendResult(res, await issuer.issue(clientAddress(req, trustProxy)));
  };
}
