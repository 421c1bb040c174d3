import type { Request, Response } from 'restify';
import type { Logger } from '../logging/createLogger';
import { checkActivityBudget, messagesBudget } from './activityBudget';
import type { BotHost } from './botHost';
import { httpErrors } from './errorMessages';
import { parseInboundActivity } from './inboundActivity';
import { isLoopbackAddress } from './loopback';
import { sendError } from './sendError';
import { withDeadline } from './withDeadline';

/** Who may call `/api/messages`, and how long a turn may take. */
export interface MessagesEndpointOptions {
  /** No credentials: only this machine may call, and replies go to this machine only. */
  loopbackOnly: boolean;
  /** A turn (authentication included) taking longer is answered 503. */
  turnTimeoutMs: number;
  /** Whether a request comes from this machine: the socket's own address by default (tests replace it). */
  isLocalRequest?: (req: Request) => boolean;
}

/** The socket's address, never X-Forwarded-For (the client writes it). */
export function isLocalRequest(req: Request): boolean {
  return isLoopbackAddress(req.socket?.remoteAddress);
}

/**
 * `POST /api/messages`, the Bot Framework endpoint. The host (botbuilder or the Agents SDK) authenticates
 * the request and runs the bot's turn; this route answers: the invoke response or the buffered replies (`deliveryMode: expectReplies`),
 * 400 for what is not an activity, 401 for a refused token, 403 for a remote caller without credentials,
 * 503 when the turn (or the token check) outlasts its deadline. Error bodies are generic: the SDK's own
 * error text (fetch failures, DNS names) goes to the log only.
 */
export function messagesRoute(host: BotHost, logger: Logger, options: MessagesEndpointOptions) {
  const isLocal = options.isLocalRequest ?? isLocalRequest;
  return async (req: Request, res: Response): Promise<void> => {
    if (options.loopbackOnly && !isLocal(req)) return sendError(res, 403, httpErrors.messagesLoopbackOnly);
    const parsed = parseInboundActivity(req.body, { loopbackOnly: options.loopbackOnly });
    if (!parsed.ok) return sendError(res, 400, parsed.error);
    const activity = parsed.value;
    // Nesting and field sizes are checked before the SDK or the bot reads anything.
    const budget = checkActivityBudget(activity as unknown as Record<string, unknown>, messagesBudget);
    if (!budget.ok) return sendError(res, budget.status, budget.error);

    const turn = host.runActivity(req.header('authorization') ?? '', activity);
    try {
      const response = await withDeadline(turn, options.turnTimeoutMs);
      if (response === 'timed-out') {
        logger.error({ type: activity.type, channelId: activity.channelId, timeoutMs: options.turnTimeoutMs }, 'A turn outlasted its deadline');
        // The turn may still finish (or fail) later: nobody waits for it any more.
        turn.catch((error: unknown) => logger.warn({ reason: reasonOf(error) }, 'A turn failed after its deadline'));
        return sendError(res, 503, httpErrors.turnTimedOut);
      }
      if (response?.body !== undefined) res.send(response.status, response.body);
      else res.send(response?.status ?? 200);
    } catch (error) {
      switch (host.failureOf(error)) {
        case 'token-refused':
          // One line, without stack: refusals are routine on a public endpoint.
          logger.warn({ status: 401, reason: reasonOf(error) }, 'Bot Framework token refused');
          return sendError(res, 401, httpErrors.unauthorized);
        case 'authentication-unavailable':
          logger.error({ url: (error as { url?: string }).url, reason: reasonOf((error as { cause?: unknown }).cause ?? error) }, 'Cannot fetch the Bot Framework signing keys');
          return sendError(res, 503, httpErrors.authenticationUnavailable);
        case 'internal':
          break;
      }
      logger.error({ err: error }, 'The adapter could not process an activity');
      if (!res.headersSent) sendError(res, 500, httpErrors.internal);
    }
  };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
