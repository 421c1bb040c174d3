/** Short content hashes: what the importer wrote, and the page text behind it. */
import { createHash } from 'node:crypto';

/** JSON with keys sorted, so that the same content always gives the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function contentHash(value: unknown): string {
  return createHash('sha256').update(typeof value === 'string' ? value : stableJson(value)).digest('hex').slice(0, 16);
}

/** The hash of an entry as a person would see it changed: every field but `draft` (reviewing is not editing). */
export function entryHash(entry: Record<string, unknown>): string {
  const { draft: _draft, ...rest } = entry;
  if (typeof rest.answer === 'string') rest.answer = rest.answer.trim();
  return contentHash(rest);
}
