import { randomBytes } from 'node:crypto';

/** 32 random bytes: a conversation's secret, as unguessable as a Direct Line token. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Conversation ids are not secrets (the token is), but random ones leak nothing about other visitors. */
export function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * A visitor's id. Azure wants `dl_` for user ids it embeds into its (JWT) tokens; Web Chat refuses a `dl_` id
 * it cannot find in the token, so the built-in channel, whose tokens are opaque, uses `u_`.
 */
export function newUserId(prefix: 'dl_' | 'u_'): string {
  return `${prefix}${randomBytes(12).toString('base64url')}`;
}
