import type { Logger } from '../../logging/createLogger';
import type { DirectLineResult, IssuedConversation } from './builtinDirectLine';
import { directLineErrors } from './errorMessages';
import { newUserId } from './randomIds';
import { memoryRateLimits, type RateLimits } from './rateLimit';

/** Hands out a conversation token for a visitor (the token endpoint's back end, built-in or Azure). */
export interface TokenIssuer {
  issue(clientKey: string): Promise<DirectLineResult<IssuedConversation>>;
}

export interface AzureTokenIssuerOptions {
  /** Direct Line API base URL, e.g. https://directline.botframework.com/v3/directline. */
  endpoint: string;
  /** The Direct Line channel secret. Sent only to `endpoint`, never logged. */
  secret: string;
  conversationsPerHour: number;
  logger: Logger;
  timeoutMs?: number;
  /** Where the per-client limit counts (Redis with several instances); in memory by default. */
  rateLimits?: RateLimits;
}

/** How long Azure gets to answer before the visitor is told to try again. */
export const tokenServiceTimeoutMs = 10_000;

/**
 * Exchanges the Direct Line secret for a conversation token (`POST {endpoint}/tokens/generate`), so that the
 * page gets a token for one conversation and never the secret. The token is bound to a fresh `dl_` user id.
 */
export function createAzureTokenIssuer(options: AzureTokenIssuerOptions): TokenIssuer {
  const perClient = (options.rateLimits ?? memoryRateLimits).create('tokens-per-client', options.conversationsPerHour, 3600);
  const { logger } = options;
  const failed = (why: string): DirectLineResult<IssuedConversation> => {
    logger.warn({ endpoint: options.endpoint, why }, 'Direct Line token request failed');
    return { status: 502, error: directLineErrors.tokenServiceFailed(why) };
  };

  return {
    async issue(clientKey) {
      const limit = await perClient.take(clientKey);
      if (!limit.allowed) return { status: 429, error: directLineErrors.tooManyConversations, retryAfterSeconds: limit.retryAfterSeconds };
      const userId = newUserId('dl_');
      let response: Response;
      try {
        response = await fetch(`${options.endpoint}/tokens/generate`, {
          method: 'POST',
          headers: { authorization: `Bearer ${options.secret}`, 'content-type': 'application/json' },
          body: JSON.stringify({ user: { id: userId } }),
          signal: AbortSignal.timeout(options.timeoutMs ?? tokenServiceTimeoutMs),
        });
      } catch (error) {
        return failed(error instanceof Error && error.name === 'TimeoutError' ? 'no answer in time' : 'unreachable');
      }
      if (!response.ok) return failed(`HTTP ${response.status}`);
      const body = (await response.json().catch(() => undefined)) as Partial<IssuedConversation> | undefined;
      if (typeof body?.token !== 'string' || typeof body.conversationId !== 'string') return failed('unexpected answer');
      return {
        status: 200,
        body: { conversationId: body.conversationId, token: body.token, expires_in: Number(body.expires_in) || 0, userId },
      };
    },
  };
}
