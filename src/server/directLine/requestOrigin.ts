import type { Request } from 'restify';

/** Whether a page may start a conversation: allowed, or refused with the origin that asked. */
export type OriginVerdict = { allowed: true } | { allowed: false; origin: string };

/**
 * Starting a conversation spends the visitor IP's hourly quota, so only the bot's own pages (the widget's frame)
 * and the sites of WIDGET_ALLOWED_ORIGINS may ask from a browser. Browsers say where a request comes from
 * (`Sec-Fetch-Site`, `Origin`: headers a page cannot set); a request without them (curl, a server) is not a
 * page spending a visitor's quota, and is let through.
 */
export function checkRequestOrigin(req: Request, allowedOrigins: readonly string[], trustProxy: boolean): OriginVerdict {
  if (allowedOrigins.includes('*')) return { allowed: true };
  const site = req.header('sec-fetch-site');
  const origin = req.header('origin');
  if (site === 'same-origin') return { allowed: true };
  if (origin && allowedOrigins.includes(origin)) return { allowed: true };
  if (site === 'cross-site' || site === 'same-site') return { allowed: false, origin: origin ?? '(unknown)' };
  if (!origin) return { allowed: true };
  // Browsers without Sec-Fetch-Site: same origin when the page's host is the one this request was sent to.
  return hostOf(origin) === requestHost(req, trustProxy) ? { allowed: true } : { allowed: false, origin };
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function requestHost(req: Request, trustProxy: boolean): string | undefined {
  const forwarded = trustProxy ? req.header('x-forwarded-host')?.split(',').pop()?.trim() : undefined;
  return forwarded || req.header('host');
}
