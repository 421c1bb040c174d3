import type { HostFailure } from '../server/botHost';

/** The SDK refused the request's Authorization header (missing, malformed, badly signed, wrong audience...). */
export class TokenRefusedError extends Error {
  /** `reason`: the SDK's own explanation, never the token. */
  constructor(readonly reason: string) {
    super(`Bot Framework token refused: ${reason}`);
    this.name = 'TokenRefusedError';
  }
}

/** The signing keys could not be fetched: the token can be neither accepted nor refused now. */
export class AuthenticationUnavailableError extends Error {
  /** `reason`: the SDK's text, which names the key-set address and the download's error. */
  constructor(readonly reason: string) {
    super(`Bot Framework token check unavailable: ${reason}`);
    this.name = 'AuthenticationUnavailableError';
  }
}

/** How the HTTP route answers an error thrown by the agents host's runActivity. */
export function agentsFailureOf(error: unknown): HostFailure {
  if (error instanceof TokenRefusedError) return 'token-refused';
  if (error instanceof AuthenticationUnavailableError) return 'authentication-unavailable';
  return 'internal';
}
