/**
 * Depth and size budget of an incoming activity, checked before it is stored or given to the bot.
 *
 * Why: `JSON.parse` accepts any nesting, but every later `JSON.stringify` of a 100,000-level `value`
 * overflows the stack (each poll of the conversation answered 500), and free-form fields of 256 KB each
 * let one visitor hold megabytes. The walk below is iterative, so measuring cannot overflow either.
 */
export interface ActivityBudget {
  /** Deepest nesting of objects and arrays anywhere in the activity (the activity itself is depth 1). */
  maxDepth: number;
  /** Largest serialised size (UTF-8 bytes) of the whole activity. */
  maxActivityBytes: number;
  /** Largest serialised size of each free-form field a client fills. */
  maxFieldBytes: Readonly<Record<BudgetedField, number>>;
}

export type BudgetedField = 'value' | 'channelData' | 'entities';

/** The built-in Direct Line's budget: a Web Chat message is well under 2 KB, a card's submit data a few hundred bytes. */
export const directLineBudget: ActivityBudget = Object.freeze({
  maxDepth: 32,
  maxActivityBytes: 16 * 1024,
  maxFieldBytes: Object.freeze({ value: 8 * 1024, channelData: 8 * 1024, entities: 4 * 1024 }),
});

/**
 * `/api/messages`: the same depth and field limits. The whole activity is bounded by the server's body limit
 * alone (413 before parsing), since Teams and the Emulator add attachments a Web Chat message does not have.
 */
export const messagesBudget: ActivityBudget = Object.freeze({ ...directLineBudget, maxActivityBytes: Number.POSITIVE_INFINITY });

/** Refused: 400 for nesting (malformed for this bot), 413 for size (too large). */
export type BudgetCheck = { ok: true } | { ok: false; status: 400 | 413; error: string };

export const budgetErrors = {
  tooDeep: (max: number) => `The activity nests objects or arrays more than ${max} levels deep.`,
  activityTooLarge: (max: number) => `The activity is larger than ${max} bytes once serialised.`,
  fieldTooLarge: (field: string, max: number) => `"${field}" is larger than ${max} bytes once serialised.`,
} as const;

/**
 * Checks an activity (already parsed JSON) against a budget: depth first (so that serialising is safe), then sizes.
 * @example checkActivityBudget({ type: 'message', value: { a: 1 } }, directLineBudget) // { ok: true }
 */
export function checkActivityBudget(activity: Record<string, unknown>, budget: ActivityBudget): BudgetCheck {
  if (nestingDepth(activity, budget.maxDepth) > budget.maxDepth) return { ok: false, status: 400, error: budgetErrors.tooDeep(budget.maxDepth) };
  for (const field of Object.keys(budget.maxFieldBytes) as BudgetedField[]) {
    const max = budget.maxFieldBytes[field];
    if (activity[field] !== undefined && jsonBytes(activity[field]) > max) return { ok: false, status: 413, error: budgetErrors.fieldTooLarge(field, max) };
  }
  if (Number.isFinite(budget.maxActivityBytes) && jsonBytes(activity) > budget.maxActivityBytes) return { ok: false, status: 413, error: budgetErrors.activityTooLarge(budget.maxActivityBytes) };
  return { ok: true };
}

/** Serialised size in UTF-8 bytes (call only on values whose depth was checked). */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

/**
 * Nesting depth of objects and arrays, walked with an explicit stack; stops as soon as `limit` is passed,
 * so a hostile value costs at most `limit` levels of work per branch.
 */
export function nestingDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
