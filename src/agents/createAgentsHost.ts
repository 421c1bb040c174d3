import { CloudAdapter } from '@microsoft/agents-hosting';
import type { Activity, ActivityBot, InvokeResult } from '../channels/activity';
import type { BotCredentials } from '../config/types';
import type { Logger } from '../logging/createLogger';
import type { BotHost } from '../server/botHost';
import { authenticate } from './authenticate';
import { toAuthConfiguration, type AgentsConnectionOverrides } from './authConfiguration';
import { agentsFailureOf } from './hostErrors';
import { RecordedResponse, sdkRequest } from './httpShims';
import { schemaRefusal } from './schemaRefusal';
import { guardSigningKeys, type SigningKeyGuardSettings } from './signingKeyGuard';
import { turnErrorHandler, turnLogic } from './turnLogic';
import { expectedRepliesBody } from './wireActivities';

export interface AgentsHostOptions {
  /** Settings of the SDK's connection beyond the credentials (tests point the signing keys at 127.0.0.1). */
  authentication?: AgentsConnectionOverrides;
  /** Deadline and failure memory of the signing-key download. */
  signingKeys?: Partial<SigningKeyGuardSettings>;
  /** Sent to the user when a turn throws (after the log line and an Emulator-only trace). */
  turnErrorMessage?: string;
}

/**
 * The bot on the Microsoft 365 Agents SDK's CloudAdapter (BOT_SDK=agents). An empty App ID accepts requests
 * without a token (Emulator, Agents Playground); with credentials, the SDK checks the Authorization header.
 * @example
 *   const host = createAgentsHost(config.bot, activityBot, logger, { turnErrorMessage: messages.turnError });
 *   const result = await host.runActivity(req.header('authorization') ?? '', activity);
 */
export function createAgentsHost(credentials: BotCredentials, bot: ActivityBot, logger: Logger, options: AgentsHostOptions = {}): BotHost {
  guardSigningKeys(options.signingKeys);
  // validateServiceUrl: a channel token's `serviceurl` claim must name the activity's serviceUrl host (400
  // otherwise), as botbuilder checks it (401 there); the SDK only logs a mismatch by default.
  const adapter = new CloudAdapter(toAuthConfiguration(credentials, options.authentication), undefined, undefined, { validateServiceUrl: true });
  adapter.onTurnError = turnErrorHandler(logger, options.turnErrorMessage);

  return {
    sdk: 'agents',
    async runActivity(authHeader: string, activity: Activity): Promise<InvokeResult | undefined> {
      const request = sdkRequest(authHeader, activity);
      await authenticate(adapter, request);
      const response = new RecordedResponse();
      try {
        await adapter.process(request, response, turnLogic(bot, activity));
      } catch (error) {
        // Errors inside the turn go to onTurnError: what escapes comes from reading the activity or the SDK.
        const refusal = schemaRefusal(error);
        if (refusal) return refusal;
        throw error;
      }
      return turnResult(activity, response);
    },
    failureOf: agentsFailureOf,
  };
}

/** What `process` wrote: an invoke's or expectReplies' JSON result, another status, or nothing to say (200). */
function turnResult(activity: Activity, response: RecordedResponse): InvokeResult | undefined {
  if (response.isInvokeResponse) return expectedRepliesBody(activity, { status: response.statusCode, body: response.body });
  if (response.statusCode === 200 && response.body === undefined) return undefined;
  return { status: response.statusCode, ...(response.body === undefined ? {} : { body: response.body }) };
}
