import { JwksClient } from 'jwks-rsa';

/**
 * Bounds the Agents SDK's download of token signing keys (a JSON Web Key Set).
 *
 * Why: the SDK's JWT check (authorizeJWT) asks jwks-rsa for the key of each token's `kid`, and jwks-rsa downloads
 * the whole key set for every kid it has not cached, with a 30 s socket timeout, no total deadline, no memory of
 * failures and no sharing between concurrent requests. Here, per key-set address: one download at a time shared by
 * every waiting request, a deadline, a failure answered from memory for a while (no network call), and a key set
 * reused for a few minutes when tokens name unknown kids (so forged kids cannot make it download per request).
 * The SDK keeps one JwksClient per address (process-wide), so patching the class covers all of them.
 */
export interface SigningKeyGuardSettings {
  /** Deadline of one key-set download. */
  fetchTimeoutMs: number;
  /** How long a failed download is answered from memory before the host is tried again. */
  failureCacheMs: number;
  /** How long a downloaded key set is reused before a token with an unknown kid triggers a new download. */
  keySetReuseMs: number;
}

export const signingKeyGuardDefaults: Readonly<SigningKeyGuardSettings> = Object.freeze({
  fetchTimeoutMs: 5_000,
  failureCacheMs: 30_000,
  keySetReuseMs: 5 * 60_000,
});

/** The signing keys could not be downloaded: the request cannot be authenticated now (503, not 401). */
export class SigningKeysUnavailableError extends Error {
  /**
   * Carried into the SDK's 401 text: jsonwebtoken wraps a key-callback error as "error in secret or public key
   * callback: <message>", and authorizeJWT writes that message into its response. It is how a host tells this
   * failure from a refused token.
   */
  static readonly marker = '[signing-keys-unavailable]';

  constructor(readonly url: string, options?: { cause?: unknown }) {
    super(`${SigningKeysUnavailableError.marker} The signing keys at ${url} could not be fetched (${reasonOf(options?.cause)}).`, options);
    this.name = 'SigningKeysUnavailableError';
  }
}

interface KeySetState {
  inFlight?: Promise<unknown>;
  keys?: unknown;
  fetchedAt?: number;
  failure?: SigningKeysUnavailableError;
  failedAt?: number;
}

/** What the guard reads of jwks-rsa's client (its options are public fields). */
interface ClientInternals {
  options: { jwksUri: string; timeout?: number };
}

type GetKeys = (this: ClientInternals) => Promise<unknown>;

let settings: SigningKeyGuardSettings = { ...signingKeyGuardDefaults };
let original: GetKeys | undefined;
const states = new WeakMap<object, KeySetState>();

/** Installs the guard (once per process; later calls only change the settings). */
export function guardSigningKeys(overrides: Partial<SigningKeyGuardSettings> = {}): void {
  settings = { ...signingKeyGuardDefaults, ...overrides };
  if (original) return;
  const prototype = JwksClient.prototype as unknown as { getKeys: GetKeys };
  const download = (original = prototype.getKeys);
  prototype.getKeys = function getKeys(this: ClientInternals): Promise<unknown> {
    let state = states.get(this);
    if (!state) states.set(this, (state = {}));
    const now = Date.now();
    if (state.inFlight) return state.inFlight;
    if (state.failure && state.failedAt !== undefined && now - state.failedAt < settings.failureCacheMs) return Promise.reject(state.failure);
    if (state.keys !== undefined && state.fetchedAt !== undefined && now - state.fetchedAt < settings.keySetReuseMs) return Promise.resolve(state.keys);
    // jwks-rsa reads its timeout at each download: its socket is closed by the same deadline.
    this.options.timeout = Math.min(this.options.timeout ?? Infinity, settings.fetchTimeoutMs);
    const current = state;
    current.inFlight = withDeadline(download.call(this), settings.fetchTimeoutMs)
      .then(
        (keys) => {
          Object.assign(current, { keys, fetchedAt: Date.now(), failure: undefined, failedAt: undefined });
          return keys;
        },
        (error: unknown) => {
          current.failure = new SigningKeysUnavailableError(this.options.jwksUri, { cause: error });
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

/** `work`, or a rejection once `ms` have passed (the socket timeout alone would not bound a slow trickle). */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no key set within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
