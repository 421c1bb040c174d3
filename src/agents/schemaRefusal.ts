import type { InvokeResult } from '../channels/activity';

/** What zod (the SDK's activity schema) throws: a name and the paths of what failed, never the values. */
interface SchemaError {
  name: 'ZodError';
  issues: Array<{ path: Array<string | number>; code: string }>;
}

function isSchemaError(error: unknown): error is SchemaError {
  return error instanceof Error && error.name === 'ZodError' && Array.isArray((error as Partial<SchemaError>).issues);
}

/**
 * The SDK parses the incoming activity with its own schema, stricter than botbuilder (an empty `locale`,
 * `id` or `from.id`, an entity without `type`... are refused) and throws before any turn starts. That is the
 * caller's mistake: 400 naming the fields, not 500. Undefined for any other error.
 */
export function schemaRefusal(error: unknown): InvokeResult | undefined {
  if (!isSchemaError(error)) return undefined;
  const fields = [...new Set(error.issues.map((issue) => issue.path.join('.') || '(activity)'))].slice(0, 5);
  return { status: 400, body: { error: `The activity does not match the Bot Framework schema: ${fields.join(', ')}.` } };
}
