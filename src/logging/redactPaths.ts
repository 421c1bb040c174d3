/**
 * Log paths that may hold secrets, censored by pino before anything is written.
 * Belt and braces: the code never logs headers or the config's password on purpose.
 */
export const redactPaths: readonly string[] = [
  'MicrosoftAppPassword',
  '*.MicrosoftAppPassword',
  '*.*.MicrosoftAppPassword',
  'password',
  '*.password',
  // The learning salt links records to conversations (LEARNING_SALT, config.learning.salt).
  'salt',
  '*.salt',
  '*.*.salt',
  'LEARNING_SALT',
  '*.LEARNING_SALT',
  'authorization',
  'Authorization',
  '*.authorization',
  '*.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  '*.*.headers.authorization',
];
