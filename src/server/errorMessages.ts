/** Every error message the HTTP layer returns, as `{ "error": message }`. */
export const httpErrors = {
  bodyNotObject: 'The request body must be a JSON object (Content-Type: application/json).',
  activityTypeMissing: 'The activity has no "type": expected a Bot Framework activity such as {"type": "message", ...}.',
  conversationMissing: 'The activity has no "conversation": expected {"conversation": {"id": "…"}, ...}.',
  serviceUrlMissing: 'The activity has no "serviceUrl": the address of the channel\'s connector that replies are posted to.',
  serviceUrlNotLoopback:
    'The bot has no credentials (MicrosoftAppId is empty): it posts replies to a "serviceUrl" on this machine only (http://localhost:…, http://127.0.0.1:…).',
  dateInvalid: (field: string) => `"${field}" must be an ISO 8601 date string when given.`,
  messagesLoopbackOnly:
    'The bot has no credentials (MicrosoftAppId is empty): /api/messages serves this machine only (Emulator, Agents Playground). Set MicrosoftAppId and MicrosoftAppPassword to accept Azure Bot Service.',
  unauthorized: 'Unauthorized: the request has no valid Bot Framework token.',
  authenticationUnavailable: 'The bot cannot check Bot Framework tokens right now: try again later.',
  turnTimedOut: 'The bot did not answer in time: try again later.',
  askRateLimited: (seconds: number) => `Too many questions from this address: try again in ${seconds} s.`,
  questionMissing: '"question" is required: a non-empty string.',
  questionNotString: '"question" must be a string.',
  questionTooLong: (max: number) => `"question" must be at most ${max} characters.`,
  topInvalid: (min: number, max: number) => `"top" must be an integer between ${min} and ${max}.`,
  profileInvalid: '"profile" must be a non-empty string when given.',
  recordInvalid: '"record" must be true or false when given: true records an unanswered question for kb:review.',
  questionsInvalid: '"questions" must be true or false when given: true adds each entry\'s phrasings to the response.',
  profileUnknown: (profile: string, known: readonly string[]) =>
    `Unknown "profile" '${profile}': known profiles are ${known.length ? known.map((id) => `'${id}'`).join(', ') : '(none)'}.`,
  internal: 'Internal error: the request could not be processed.',
  shuttingDown: 'The server is shutting down.',
} as const;
