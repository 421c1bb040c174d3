import type { Activity as SdkActivity, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { BotCredentials } from '../config/types';
import type { Logger } from '../logging/createLogger';
import type { BotHost, HostFailure } from '../server/botHost';
import { createAdapter, type AdapterOptions } from './createAdapter';
import { OpenIdMetadataUnavailableError } from './openIdMetadataGuard';

/**
 * The botbuilder 4 host: its CloudAdapter authenticates each request and runs `logic` on the turn
 * (the FAQ bot: `(context) => faqBot.run(context)`).
 */
export function createBotbuilderHost(
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

function failureOf(error: unknown): HostFailure {
  if (error instanceof AuthenticationError && error.statusCode < 500) return 'token-refused';
  if (error instanceof OpenIdMetadataUnavailableError) return 'authentication-unavailable';
  return 'internal';
}
