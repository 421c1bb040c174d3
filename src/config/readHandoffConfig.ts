import { configErrors } from './errorMessages';
import type { HandoffConfig } from './types';

/** Reads a trimmed variable ('' when unset). */
type Text = (name: string) => string;

// The values end up in Markdown links shown to users: no spaces, brackets or parentheses that could break out of them.
const HTTP_URL = /^https?:\/\/[^\s()<>[\]]+$/i;
const EMAIL = /^[^\s@()<>[\]]+@[^\s@()<>[\]]+\.[^\s@()<>[\]]+$/;
const PHONE = /^\+?[0-9][0-9 .()-]*[0-9]$/;
const MIN_PHONE_DIGITS = 6;

/** HANDOFF_URL, HANDOFF_EMAIL, HANDOFF_PHONE: how a person reaches an advisor; each optional, none invented. */
export function readHandoffConfig(text: Text, problems: string[]): HandoffConfig {
  const url = text('HANDOFF_URL');
  const email = text('HANDOFF_EMAIL');
  const phone = text('HANDOFF_PHONE');
  if (url && !isHttpUrl(url)) problems.push(configErrors.handoffUrlInvalid(url));
  if (email && !EMAIL.test(email)) problems.push(configErrors.handoffEmailInvalid(email));
  if (phone && !(PHONE.test(phone) && phone.replace(/\D/g, '').length >= MIN_PHONE_DIGITS)) {
    problems.push(configErrors.handoffPhoneInvalid(phone));
  }
  return { ...(url ? { url } : {}), ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
}

function isHttpUrl(value: string): boolean {
  if (!HTTP_URL.test(value)) return false;
  try {
    return Boolean(new URL(value).host);
  } catch {
    return false;
  }
}
