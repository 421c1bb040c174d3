import { createHmac } from 'node:crypto';

/** Tokens remembered; the whole memory is dropped when full (simpler than an LRU, as cheap on average). */
const RECENT_CONVERSATIONS = 4096;

/**
 * Turns a conversation id into an opaque token: HMAC-SHA256 keyed with a secret salt, so the same
 * conversation always gives the same token (records can be grouped) but nobody can get the id back
 * or test a guess without the salt.
 *
 * @example createConversationHasher(salt)('a:1x2y3z') // '5f1c…' (32 hex characters)
 */
export function createConversationHasher(salt: string): (conversationId: string) => string {
  if (salt.length === 0) throw new Error('The conversation hasher needs a salt.');
  // A conversation's turns ask for the same token again and again: the recent ones are remembered
  // (an HMAC cost about as much as the rest of a learning record).
  const recent = new Map<string, string>();
  return (conversationId) => {
    let token = recent.get(conversationId);
    if (token === undefined) {
      // 128 bits are plenty to tell conversations apart and keep records short.
      token = createHmac('sha256', salt).update(conversationId, 'utf8').digest('hex').slice(0, 32);
      if (recent.size >= RECENT_CONVERSATIONS) recent.clear();
      recent.set(conversationId, token);
    }
    return token;
  };
}
