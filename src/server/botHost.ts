import type { Activity, InvokeResult } from '../channels/activity';
import type { BotSdk } from '../config/types';

// The setting's values are the configuration's (config may not import server); re-exported for the hosts.
export type { BotSdk };

/** How a failed turn is answered: a refused token (401), token check unavailable (503), anything else (500). */
export type HostFailure = 'token-refused' | 'authentication-unavailable' | 'internal';

/**
 * An SDK host, as the HTTP server sees it: authenticate a request's `Authorization` header, run the
 * bot's turn for its activity, and give back the invoke result or, for `deliveryMode: expectReplies`,
 * the buffered replies. Implemented over botbuilder 4 (src/bot) and the Microsoft 365 Agents SDK (src/agents).
 */
export interface BotHost {
  readonly sdk: BotSdk;
  runActivity(authHeader: string, activity: Activity): Promise<InvokeResult | undefined>;
  /** What an error thrown by runActivity means for the caller. */
  failureOf(error: unknown): HostFailure;
}
