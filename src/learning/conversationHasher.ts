import { createHmac } from 'node:crypto';

/**
 * Turns a conversation id into an opaque token: HMAC-SHA256 keyed with a secret salt, so the same
 * conversation always gives the same token (records can be grouped) but nobody can get the id back
 * or test a guess without the salt.
 *
 * @example createConversationHasher(salt)('a:1x2y3z') // '5f1c…' (32 hex characters)
 */
export function createConversationHasher(salt: string): (conversationId: string) => string {
  if (salt.length === 0) throw new Error('The conversation hasher needs a salt.');
  // 128 bits are plenty to tell conversations apart and keep records short.
  return (conversationId) => createHmac('sha256', salt).update(conversationId, 'utf8').digest('hex').slice(0, 32);
}
