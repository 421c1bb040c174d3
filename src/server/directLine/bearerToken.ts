import type { Request } from 'restify';

/**
 * The token of `Authorization: Bearer <token>`, or `undefined` when there is none.
 * DirectLineJS started without a token sends `Bearer undefined`: that counts as none.
 */
export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '');
  const token = match?.[1];
  return token && token !== 'undefined' && token !== 'null' ? token : undefined;
}
