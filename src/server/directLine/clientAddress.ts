import type { Request } from 'restify';

/**
 * The visitor's IP address, the key of the per-client limits.
 * Behind one reverse proxy (`trustProxy`), the proxy appends the address it saw last to X-Forwarded-For;
 * earlier entries come from the client and could be forged, so only the last one is believed.
 */
export function clientAddress(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.header('x-forwarded-for');
    const last = forwarded?.split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket?.remoteAddress ?? 'unknown';
}
