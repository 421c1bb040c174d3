import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { BotCredentials } from '../config/types';
import type { Logger } from '../logging/createLogger';
import { createOnTurnError } from './onTurnError';

/**
 * The Bot Framework adapter. With an empty App ID it accepts unauthenticated requests
 * (Emulator, Agents Playground); with credentials it validates the channel's token like Azure Bot Service expects.
 */
export function createAdapter(credentials: BotCredentials, logger: Logger): CloudAdapter {
  const authentication = new ConfigurationBotFrameworkAuthentication({ ...credentials });
  const adapter = new CloudAdapter(authentication);
  adapter.onTurnError = createOnTurnError(logger);
  return adapter;
}
