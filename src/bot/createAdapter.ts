import {
  type Activity,
  CloudAdapter,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { BotCredentials } from '../config/types';
import type { Logger } from '../logging/createLogger';
import { CachedClientsAuthentication } from './cachedConnectorClients';
import { withoutTracesOutsideEmulator } from './emulatorOnlyTraces';
import { createOnTurnError } from './onTurnError';
import { guardOpenIdMetadata, type OpenIdMetadataGuardSettings } from './openIdMetadataGuard';

/**
 * The CloudAdapter, with one more entry point for HTTP: `runActivity` authenticates and runs a turn and
 * returns its outcome, where `process(req, res)` would write the status, the error's own text and a
 * console stack itself. The server then decides the status, a generic body and one log line.
 */
export class HttpTurnAdapter extends CloudAdapter {
  /**
   * Authenticates the `Authorization` header, runs `logic`, and returns the invoke response (or the
   * replies for `deliveryMode: expectReplies`, traces kept for the Emulator only).
   * Throws the SDK's AuthenticationError on a refused token.
   */
  async runActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return withoutTracesOutsideEmulator(activity, await this.processActivity(authHeader, activity, logic));
  }
}

export interface AdapterOptions {
  /** Settings of the SDK's authentication beyond the credentials (tests point the OpenID metadata at 127.0.0.1). */
  authentication?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  /** Deadline and failure memory of the signing-key fetch. */
  openIdMetadata?: Partial<OpenIdMetadataGuardSettings>;
}

/**
 * The Bot Framework adapter. With an empty App ID it accepts unauthenticated requests
 * (Emulator, Agents Playground); with credentials it validates the channel's token like Azure Bot Service expects.
 * The outbound clients of a turn are reused from one turn to the next (see CachedClientsAuthentication).
 */
export function createAdapter(credentials: BotCredentials, logger: Logger, options: AdapterOptions = {}): HttpTurnAdapter {
  guardOpenIdMetadata(options.openIdMetadata);
  const authentication = new CachedClientsAuthentication({ ...options.authentication, ...credentials });
  const adapter = new HttpTurnAdapter(authentication);
  adapter.onTurnError = createOnTurnError(logger);
  return adapter;
}
