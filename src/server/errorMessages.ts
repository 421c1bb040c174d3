/** Every error message the HTTP layer returns, as `{ "error": message }`. */
export const httpErrors = {
  bodyNotObject: 'The request body must be a JSON object (Content-Type: application/json).',
  activityTypeMissing: 'The activity has no "type": expected a Bot Framework activity such as {"type": "message", ...}.',
  questionMissing: '"question" is required: a non-empty string.',
  questionNotString: '"question" must be a string.',
  questionTooLong: (max: number) => `"question" must be at most ${max} characters.`,
  topInvalid: (min: number, max: number) => `"top" must be an integer between ${min} and ${max}.`,
  profileInvalid: '"profile" must be a non-empty string when given.',
  profileUnknown: (profile: string, known: readonly string[]) =>
    `Unknown "profile" '${profile}': known profiles are ${known.length ? known.map((id) => `'${id}'`).join(', ') : '(none)'}.`,
  internal: 'Internal error: the request could not be processed.',
  shuttingDown: 'The server is shutting down.',
} as const;
