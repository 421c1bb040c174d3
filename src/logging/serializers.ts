/**
 * What a logged request or response may show: never headers (Authorization, cookies) nor bodies.
 * Applies to anything logged under `req` / `res`, restify's own warnings included.
 */
export function requestSummary(req: unknown): Record<string, unknown> {
  const { method, url } = (req ?? {}) as { method?: unknown; url?: unknown };
  return { method, url };
}

export function responseSummary(res: unknown): Record<string, unknown> {
  const { statusCode } = (res ?? {}) as { statusCode?: unknown };
  return { statusCode };
}
