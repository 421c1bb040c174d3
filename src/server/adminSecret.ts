import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'restify';

/** The header the staff page sends the secret in (never a query string: those end up in logs). */
export const ADMIN_SECRET_HEADER = 'x-admin-secret';

/**
 * Compares the request's secret with the configured one in constant time: both are hashed first,
 * so that neither their content nor their length shows in how long the comparison takes.
 */
export function createSecretCheck(secret: string): (req: Request) => boolean {
  const expected = createHash('sha256').update(secret, 'utf8').digest();
  return (req) => {
    const given = req.headers[ADMIN_SECRET_HEADER];
    if (typeof given !== 'string' || given === '') return false;
    return timingSafeEqual(createHash('sha256').update(given, 'utf8').digest(), expected);
  };
}
