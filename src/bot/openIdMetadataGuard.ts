import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata';

/**
 * Bounds the SDK's fetch of the OpenID metadata (the signing keys of Bot Framework tokens).
 *
 * Why: botframework-connector fetches `…/.well-known/openidconfiguration` then its `jwks_uri` with no timeout,
 * once per request while its cache is empty or stale, and keeps no memory of failures. Any JWT-shaped token
 * from an accepted issuer triggers it, so when that host does not answer every such request hangs and holds a
 * socket (30 requests, 31 sockets). Here a refresh has a deadline, concurrent refreshes share one fetch, and a
 * failure is remembered for a while: requests during that time fail at once, without any network call.
 * The SDK keeps one OpenIdMetadata per URL (JwtTokenExtractor's static cache), so patching its refresh
 * covers every validator (channel, emulator, skills).
 */
export interface OpenIdMetadataGuardSettings {
  /** Deadline of one refresh (metadata document and key set together). */
  fetchTimeoutMs: number;
  /** How long a failed refresh is answered from memory before the host is tried again. */
  failureCacheMs: number;
}

export const openIdMetadataGuardDefaults: Readonly<OpenIdMetadataGuardSettings> = Object.freeze({
  fetchTimeoutMs: 5_000,
  failureCacheMs: 30_000,
});

/** The signing keys could not be fetched: the request cannot be authenticated now (503, not 401). */
export class OpenIdMetadataUnavailableError extends Error {
  constructor(readonly url: string, options?: { cause?: unknown }) {
    super(`The OpenID metadata at ${url} could not be fetched.`, options);
    this.name = 'OpenIdMetadataUnavailableError';
  }
}

interface RefreshState {
  inFlight?: Promise<void>;
  failedAt?: number;
  failure?: OpenIdMetadataUnavailableError;
}

/** The private fields of the SDK's class that the refresh fills in. */
interface MetadataInternals {
  url: string;
  keys?: unknown[];
  lastUpdated: number;
}

let settings: OpenIdMetadataGuardSettings = { ...openIdMetadataGuardDefaults };
let installed = false;
const states = new WeakMap<object, RefreshState>();

/** Installs the guard (once per process; later calls only change the settings). */
export function guardOpenIdMetadata(overrides: Partial<OpenIdMetadataGuardSettings> = {}): void {
  settings = { ...openIdMetadataGuardDefaults, ...overrides };
  if (installed) return;
  installed = true;
  const prototype = OpenIdMetadata.prototype as unknown as { refreshCache(this: MetadataInternals): Promise<void> };
  prototype.refreshCache = function refreshCache(this: MetadataInternals): Promise<void> {
    let state = states.get(this);
    if (!state) states.set(this, (state = {}));
    if (state.inFlight) return state.inFlight;
    if (state.failure && state.failedAt !== undefined && Date.now() - state.failedAt < settings.failureCacheMs) {
      return Promise.reject(state.failure);
    }
    const current = state;
    current.inFlight = fetchSigningKeys(this.url, settings.fetchTimeoutMs)
      .then(
        (keys) => {
          this.keys = keys;
          this.lastUpdated = Date.now();
          current.failure = undefined;
        },
        (error: unknown) => {
          current.failure = new OpenIdMetadataUnavailableError(this.url, { cause: error });
          current.failedAt = Date.now();
          throw current.failure;
        },
      )
      .finally(() => {
        current.inFlight = undefined;
      });
    return current.inFlight;
  };
}

/** What the SDK's refresh does (metadata document, then its key set), under one deadline. */
async function fetchSigningKeys(url: string, timeoutMs: number): Promise<unknown[]> {
  const signal = AbortSignal.timeout(timeoutMs);
  const metadata = await fetch(url, { signal });
  if (!metadata.ok) throw new Error(`metadata answered ${metadata.status}`);
  const { jwks_uri: jwksUri } = (await metadata.json()) as { jwks_uri?: unknown };
  if (typeof jwksUri !== 'string') throw new Error('metadata has no jwks_uri');
  const keySet = await fetch(jwksUri, { signal });
  if (!keySet.ok) throw new Error(`key set answered ${keySet.status}`);
  const { keys } = (await keySet.json()) as { keys?: unknown };
  if (!Array.isArray(keys)) throw new Error('key set has no keys');
  return keys;
}
