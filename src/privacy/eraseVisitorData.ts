import type { VisitorDataStores } from './visitorDataStores';
import { visitorKeyMatcher } from './visitorKeys';

/** What was erased for one visitor. */
export interface VisitorErasure {
  /** State keys deleted (conversation state, Teams answers). */
  stateKeys: string[];
  /** Learning records deleted (those of the conversation, by its hashed id). */
  learningRecords: number;
  /** The hashed id looked for in the records. */
  conversationHash: string;
}

/**
 * Erases what the bot keeps about a visitor, on their request (RGPD): the state of the conversation
 * (or user) with that id, and the learning records of that conversation.
 * @example await eraseVisitorData('a:1x2y', stores) // { stateKeys: ['msteams/conversations/a:1x2y'], learningRecords: 3, … }
 */
export async function eraseVisitorData(id: string, stores: VisitorDataStores): Promise<VisitorErasure> {
  const stateKeys = stores.state ? await stores.state.deleteWhere(visitorKeyMatcher(id)) : [];
  const conversationHash = stores.hashConversation(id);
  const learningRecords = await stores.learning.erase(conversationHash);
  return { stateKeys, learningRecords, conversationHash };
}
