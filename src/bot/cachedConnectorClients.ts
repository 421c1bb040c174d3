import {
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import {
  AuthenticationConstants,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type ServiceClientCredentialsFactory,
  type UserTokenClient,
} from 'botframework-connector';

/** Clients kept per identity and address: one per channel the bot talks to, in practice. */
export const maxCachedClients = 100;

/**
 * botbuilder's authentication as configured, except that the outbound clients it makes for each turn
 * (a `ConnectorClient` for the channel, a `UserTokenClient`) are made once per bot identity, channel
 * address and audience, then reused. Each one builds an HTTP pipeline of a dozen policies and reads
 * proxy settings: that was a third of a turn's cost in the SDK. The clients hold no state of a turn
 * (the credentials inside them cache their token, as they should); the SDK's older BotFrameworkAdapter
 * kept them per service URL the same way.
 */
export class CachedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new BoundedCache<Promise<ConnectorClient>>(maxCachedClients);
  private readonly userTokens = new BoundedCache<Promise<UserTokenClient>>(maxCachedClients);

  constructor(options: ConfigurationBotFrameworkAuthenticationOptions, credentialsFactory?: ServiceClientCredentialsFactory) {
    super(options, credentialsFactory);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    return factory ? { ...result, connectorFactory: this.cachingFactory(identityOf(result.claimsIdentity), factory) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.cachingFactory(identityOf(claimsIdentity), super.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokens.getOrAdd(identityOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private cachingFactory(identity: string, inner: ConnectorFactory): ConnectorFactory {
    return new CachingConnectorFactory(this.connectors, identity, inner);
  }
}

/** The SDK's connector factory of a turn, answering from the shared cache first. */
class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly connectors: BoundedCache<Promise<ConnectorClient>>,
    private readonly identity: string,
    private readonly inner: ConnectorFactory,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    // Separated by a character that none of the three can hold; no audience is not the empty one.
    const key = `${this.identity}\n${serviceUrl}\n${audience === undefined ? '-' : `+${audience}`}`;
    return this.connectors.getOrAdd(key, () => this.inner.create(serviceUrl, audience));
  }
}

/** The bot's identity a turn's clients act for: the token's audience (channels) or app id (Emulator), '' when anonymous. */
function identityOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** Least recently used entries go first; a failed creation is forgotten, so the next turn tries again. */
class BoundedCache<T extends Promise<unknown>> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  getOrAdd(key: string, create: () => T): T {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const created = create();
    this.entries.set(key, created);
    created.catch(() => {
      if (this.entries.get(key) === created) this.entries.delete(key);
    });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return created;
  }
}
