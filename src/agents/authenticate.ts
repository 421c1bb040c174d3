import type { CloudAdapter, Request } from '@microsoft/agents-hosting';
import { AuthenticationUnavailableError, TokenRefusedError } from './hostErrors';
import { RecordedResponse } from './httpShims';
import { SigningKeysUnavailableError } from './signingKeyGuard';

/**
 * Authenticates a request's Authorization header with the SDK's own JWT check (`authorizeJWT`, which the
 * adapter runs on its own configuration), and leaves the caller's identity in `request.user` for the turn.
 * Without a clientId and without a header, the SDK itself lets the request in as anonymous (local use).
 * Throws TokenRefusedError when the SDK refuses, AuthenticationUnavailableError when it could not get the keys.
 */
export async function authenticate(adapter: CloudAdapter, request: Request): Promise<void> {
  const response = new RecordedResponse();
  let authorized = false;
  await adapter.authorizeRequest(request, response, () => {
    authorized = true;
  });
  if (authorized) return;
  const reason = refusalText(response.body);
  if (reason.includes(SigningKeysUnavailableError.marker)) throw new AuthenticationUnavailableError(reason);
  throw new TokenRefusedError(reason);
}

/** What authorizeJWT writes when it refuses: `{ 'jwt-auth-error': text }`. */
function refusalText(body: unknown): string {
  const text = (body as Record<string, unknown> | undefined)?.['jwt-auth-error'];
  return typeof text === 'string' ? text : 'refused';
}
