import { AuthType, type AuthConfiguration, type ConnectionSettings } from '@microsoft/agents-hosting';
import type { BotCredentials } from '../config/types';

/** The name the SDK gives its default connection (the one every serviceUrl maps to). */
const connectionName = 'serviceConnection';

/** Settings of the SDK's connection beyond the credentials (tests point the key set at 127.0.0.1). */
export type AgentsConnectionOverrides = Partial<Pick<ConnectionSettings, 'authorityEndpoint' | 'issuers' | 'validateIssuer'>>;

/**
 * Our Bot Framework settings in the Agents SDK's terms: MicrosoftAppId → clientId, MicrosoftAppPassword →
 * clientSecret, MicrosoftAppTenantId → tenantId (SingleTenant and UserAssignedMSI only: a MultiTenant bot
 * gets its tokens from the botframework.com tenant, as with botbuilder), MicrosoftAppType → authType.
 * Empty MicrosoftAppId: no clientId (anonymous, local use).
 *
 * The connection is given explicitly, so the SDK's own environment variables (`Connections__*`,
 * `clientId`...) cannot replace it. The token's issuer is checked (validateIssuer), as botbuilder does.
 */
export function toAuthConfiguration(credentials: BotCredentials, overrides: AgentsConnectionOverrides = {}): AuthConfiguration {
  const connection: AuthConfiguration = { ...connectionFor(credentials), validateIssuer: true, ...overrides };
  return {
    ...connection,
    connections: new Map([[connectionName, connection]]),
    connectionsMap: [{ serviceUrl: '*', connection: connectionName }],
  };
}

function connectionFor(credentials: BotCredentials): AuthConfiguration {
  const { MicrosoftAppId: appId, MicrosoftAppPassword: password, MicrosoftAppType: appType, MicrosoftAppTenantId: tenantId } = credentials;
  if (appId === '') return { clientId: undefined, clientSecret: undefined, tenantId: undefined };
  switch (appType) {
    case 'MultiTenant':
      return { clientId: appId, clientSecret: password, tenantId: undefined, authType: AuthType.ClientSecret };
    case 'SingleTenant':
      return { clientId: appId, clientSecret: password, tenantId, authType: AuthType.ClientSecret };
    case 'UserAssignedMSI':
      return { clientId: appId, clientSecret: undefined, tenantId, authType: AuthType.UserManagedIdentity };
  }
}
