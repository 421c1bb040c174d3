import type { Next, Request, Response } from 'restify';

/** Sent with every response, JSON included. */
export const commonSecurityHeaders = Object.freeze({
  // A JSON answer or an asset is never run as something else (a script, a page) by a browser guessing its type.
  'X-Content-Type-Options': 'nosniff',
  // Links out of the chat (answer sources) tell the target site only our origin, never the page's path.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
});

/** restify `pre` handler: the common headers on every response, 404s and errors included. */
export function addSecurityHeaders(_req: Request, res: Response, next: Next): void {
  for (const [name, value] of Object.entries(commonSecurityHeaders)) res.header(name, value);
  next();
}

export interface PagePolicyOptions {
  /** Who may frame the page: `'self'` plus the allowed origins for the chat frame, none for the demo page. */
  frameAncestors: readonly string[];
  /** Where scripts may connect besides the bot itself (Azure's Direct Line in `azure` mode). */
  connectTo?: readonly string[];
}

/**
 * The Content-Security-Policy of the bot's HTML pages (the chat frame, the demo page): scripts only from the
 * bot's own files (no inline script, no eval), no plugins, no `<base>` rewriting, forms nowhere.
 * Styles allow inline ones: Web Chat writes its styles into `<style>` elements at run time.
 * Images may come from any https site: answers may show pictures of the company's own pages.
 */
export function pageSecurityPolicy(options: PagePolicyOptions): string {
  const directives: Array<[string, readonly string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // Web Chat draws some of its icons from blob: URLs it creates itself.
    ['img-src', ["'self'", 'data:', 'blob:', 'https:']],
    ['connect-src', ["'self'", ...(options.connectTo ?? [])]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', options.frameAncestors.length > 0 ? options.frameAncestors : ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The origins Web Chat reaches for Azure's Direct Line: its REST endpoint and the WebSocket stream on the same host. */
export function directLineOrigins(endpoint: string): string[] {
  const url = new URL(endpoint);
  return [url.origin, `${url.protocol === 'http:' ? 'ws:' : 'wss:'}//${url.host}`];
}
