import { answeredMessagesKey } from '../channels/teams/answeredMessages';
import { baseConversationId } from '../channels/teams/teamsActivity';

/**
 * Which state keys belong to a visitor named by a conversation id or a user id:
 * the SDK's conversation state (`<channel>/conversations/<id>`, a Teams thread's replies included),
 * user state if any is ever kept (`<channel>/users/<id>`), and the Teams answers kept for votes.
 *
 * visitorKeyMatcher('a:1x')('msteams/conversations/a:1x') === true
 */
export function visitorKeyMatcher(id: string): (key: string) => boolean {
  const base = baseConversationId(id);
  const teamsAnswers = answeredMessagesKey(id);
  return (key) => {
    if (key === teamsAnswers) return true;
    const conversation = /^[^/]+\/conversations\/(.+)$/.exec(key)?.[1];
    if (conversation !== undefined) return conversation === id || baseConversationId(conversation) === base;
    return /^[^/]+\/users\/(.+)$/.exec(key)?.[1] === id;
  };
}
