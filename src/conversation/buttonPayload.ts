/**
 * What a button sends back (Adaptive Card `Action.Submit` data, or `messageBack` in Teams):
 * which entry the user chose and why. The entry is named by id, so a click never goes through matching again.
 */
export type ButtonAction = 'followup' | 'choose' | 'feedback';
export type Vote = 'up' | 'down';

export interface ButtonPayload {
  /** `followup`: a related question or a menu topic; `choose`: a "did you mean" candidate; `feedback`: a vote. */
  action: ButtonAction;
  entryId: string;
  vote?: Vote;
}

const actions: readonly ButtonAction[] = ['followup', 'choose', 'feedback'];
const votes: readonly Vote[] = ['up', 'down'];

/**
 * Reads a button's payload from an incoming activity's `value`, whichever way the channel delivered it:
 * the submit data itself (Web Chat, Emulator), or the `msteams.value` of a `messageBack` (a JSON string
 * or an object). Anything else, malformed or forged, gives `undefined` and the message is read as text.
 */
export function parseButtonPayload(value: unknown): ButtonPayload | undefined {
  const candidates = [value, parseJson(value), field(value, 'msteams', 'value'), parseJson(field(value, 'msteams', 'value'))];
  for (const candidate of candidates) {
    const payload = asPayload(candidate);
    if (payload) return payload;
  }
  return undefined;
}

function asPayload(value: unknown): ButtonPayload | undefined {
  if (!isRecord(value)) return undefined;
  const { action, entryId, vote } = value;
  if (!actions.includes(action as ButtonAction) || typeof entryId !== 'string' || entryId === '' || entryId.length > 200) return undefined;
  if (action === 'feedback') {
    return votes.includes(vote as Vote) ? { action, entryId, vote: vote as Vote } : undefined;
  }
  return { action: action as ButtonAction, entryId };
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return current;
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
