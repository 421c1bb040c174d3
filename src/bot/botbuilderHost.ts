import type { Activity as SdkActivity, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { ActivityBot } from '../channels/activity';
import type { BotCredentials } from '../config/types';
import type { Logger } from '../logging/createLogger';
import type { BotHost, HostFailure } from '../server/botHost';
import { createAdapter, type AdapterOptions } from './createAdapter';
import { runOnContext } from './faqBot';
import { OpenIdMetadataUnavailableError } from './openIdMetadataGuard';

/**
 * The botbuilder 4 host (BOT_SDK=botbuilder, the default): its CloudAdapter authenticates each request
 * and runs the SDK-free bot on the turn.
 */
export function createBotbuilderHost(credentials: BotCredentials, bot: ActivityBot, logger: Logger, options: AdapterOptions = {}): BotHost {
  return createBotbuilderLogicHost(credentials, (context) => runOnContext(bot, context), logger, options);
}

/** The same host around any botbuilder turn logic (an `ActivityHandler`'s `run`, in tests). */
export function createBotbuilderLogicHost(
  credentials: BotCredentials,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
  options: AdapterOptions = {},
): BotHost {
  const adapter = createAdapter(credentials, logger, options);
  return {
    sdk: 'botbuilder',
    runActivity: (authHeader, activity) => adapter.runActivity(authHeader, activity as unknown as SdkActivity, logic),
    failureOf,
  };
}

/** jsonwebtoken's own errors (bad signature, malformed token, expired, not yet valid), which the SDK lets through unwrapped. */
const tokenErrorNames = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

function failureOf(error: unknown): HostFailure {
  if (error instanceof AuthenticationError && error.statusCode < 500) return 'token-refused';
  if (error instanceof Error && tokenErrorNames.has(error.name)) return 'token-refused';
  if (error instanceof OpenIdMetadataUnavailableError) return 'authentication-unavailable';
  return 'internal';
}
