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
  // The staff page's secret (ADMIN_SECRET, config.admin.secret, its request header).
  'ADMIN_SECRET',
  '*.ADMIN_SECRET',
  'admin.secret',
  '*.admin.secret',
  '*.headers["x-admin-secret"]',
  '*.*.headers["x-admin-secret"]',
  'authorization',
  'Authorization',
  '*.authorization',
  '*.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  '*.*.headers.authorization',
];
