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
  'authorization',
  'Authorization',
  '*.authorization',
  '*.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  '*.*.headers.authorization',
];
