import type { Response } from 'restify';

/** Every error of this server has the same shape: `{ "error": "what to fix" }`. */
export function sendError(res: Response, status: number, message: string): void {
  res.send(status, { error: message });
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
