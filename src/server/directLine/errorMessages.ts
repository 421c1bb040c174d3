/** Every error message of the Direct Line subset and the token endpoint, returned as `{ "error": message }`. */
export const directLineErrors = {
  tokenMissing: 'Authorization: Bearer <token> is required (get a token from POST /api/directline/token).',
  tokenInvalid: 'The token is unknown or expired: start a new conversation.',
  wrongConversation: 'This token does not open this conversation.',
  conversationsFull: 'Too many conversations are open right now: try again in a few minutes.',
  tooManyConversations: 'Too many conversations started from this address: try again later.',
  tooManyActivities: 'Too many messages in this conversation: wait a moment before sending more.',
  tooManyPolls: 'This conversation is polled too often: wait a moment before asking again.',
  originRefused: (origin: string) => `Pages of ${origin} may not start conversations with this bot (WIDGET_ALLOWED_ORIGINS).`,
  activityNotObject: 'The activity must be a JSON object (Content-Type: application/json).',
  activityType: (allowed: readonly string[]) => `"type" must be one of ${allowed.join(', ')}.`,
  textNotString: '"text" must be a string.',
  textTooLong: (max: number) => `"text" must be at most ${max} characters.`,
  attachmentsRefused: 'Attachments are not supported by this bot.',
  channelDataNotObject: '"channelData" must be an object.',
  botFailed: 'The bot could not process the activity.',
  tokenServiceFailed: (why: string) => `The Direct Line token service failed (${why}): try again later.`,
} as const;
