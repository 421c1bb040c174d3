/**
 * Hostile activity bodies of the security review (issue 12), as raw JSON strings: a test cannot build them
 * with JSON.stringify, which would overflow on the nesting itself.
 */

/** `levels` nested arrays, e.g. 3 -> `[[[]]]`: 100,000 levels take 200 KB, under the body limit. */
export function nestedArrays(levels: number): string {
  return '['.repeat(levels) + ']'.repeat(levels);
}

/** The JSON of `activity` with its `value` replaced by `rawValue` (raw JSON text). */
export function withRawValue(activity: object, rawValue: string): string {
  const marker = '"__RAW_VALUE__"';
  return JSON.stringify({ ...activity, value: '__RAW_VALUE__' }).replace(marker, rawValue);
}

/** A JSON object of about `bytes` bytes once serialised. */
export function objectOfSize(bytes: number): Record<string, string> {
  return { filler: 'x'.repeat(Math.max(0, bytes - 13)) };
}
