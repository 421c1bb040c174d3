import type { Activity, ActivityHandler, CloudAdapter } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type AuthenticateRequestResult } from 'botframework-connector';
import type { ConversationStore } from './conversationStore';
import { InMemoryConnectorFactory } from './inMemoryConnector';
import type { ChannelActivity } from './types';

/** The channel id Azure's Direct Line gives Web Chat conversations: the bot renders for it the same way. */
export const webChatChannelId = 'webchat';

/** A `serviceUrl` is required on every activity; nothing is ever sent there (`.invalid` never resolves). */
export const builtinServiceUrl = 'https://directline.builtin.invalid/';

/** Runs turns of the bot for activities of the built-in Direct Line, through the bot's own CloudAdapter. */
export interface BotTurns {
  run(activity: ChannelActivity): Promise<void>;
}

/**
 * The request is already trusted (the visitor's token was checked by the route), so the adapter is given an
 * authentication result instead of a header to validate, with a connector that writes into the store.
 * The claims are those the adapter builds for the bot itself, so the turn looks like any channel's to the bot.
 */
export function createBotTurns(adapter: CloudAdapter, bot: ActivityHandler, store: ConversationStore, appId: string): BotTurns {
  const claims = appId
    ? [
        { type: AuthenticationConstants.AudienceClaim, value: appId },
        { type: AuthenticationConstants.AppIdClaim, value: appId },
      ]
    : [];
  const authentication: AuthenticateRequestResult = {
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    claimsIdentity: new ClaimsIdentity(claims, appId ? true : AuthenticationConstants.AnonymousAuthType),
    connectorFactory: new InMemoryConnectorFactory(store),
  };
  return {
    run: (activity) =>
      adapter.processActivityDirect(authentication, { ...activity, serviceUrl: builtinServiceUrl } as Activity, (context) => bot.run(context)),
  };
}
