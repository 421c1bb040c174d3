/** ADMIN_SECRET: the staff page `/admin` exists only when it is set (404 otherwise). */

/** A secret this short could be guessed or typed over a shoulder: 16 random characters at least. */
export const MIN_ADMIN_SECRET_LENGTH = 16;

export interface AdminConfig {
  /** The secret the staff page asks for; absent: no staff page. */
  secret?: string;
}

export const adminConfigErrors = {
  tooShort: (length: number) =>
    `ADMIN_SECRET is too short (${length} characters): use at least ${MIN_ADMIN_SECRET_LENGTH} random characters (e.g. \`openssl rand -hex 24\`), or leave it empty to turn the staff page /admin off.`,
  tooPlain: () => 'ADMIN_SECRET is one character repeated: use random characters (e.g. `openssl rand -hex 24`).',
} as const;

/** Reads ADMIN_SECRET; an empty value turns the page off, a weak one is a configuration error. */
export function readAdminConfig(text: (name: string) => string, problems: string[]): AdminConfig {
  const secret = text('ADMIN_SECRET');
  if (secret === '') return {};
  if (secret.length < MIN_ADMIN_SECRET_LENGTH) problems.push(adminConfigErrors.tooShort(secret.length));
  else if (new Set(secret).size === 1) problems.push(adminConfigErrors.tooPlain());
  return { secret };
}
