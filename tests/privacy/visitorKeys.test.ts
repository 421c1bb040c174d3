import { describe, expect, test } from 'vitest';
import { answeredMessagesKey } from '../../src/channels/teams/answeredMessages';
import { visitorKeyMatcher } from '../../src/privacy/visitorKeys';

describe('When the erase tool looks for a visitor\'s state keys', () => {
  test('it finds the conversation on any channel, the replies of a Teams thread, user state and Teams answers', () => {
    const matches = visitorKeyMatcher('19:abc@thread.v2');
    expect(matches('msteams/conversations/19:abc@thread.v2')).toBe(true);
    expect(matches('msteams/conversations/19:abc@thread.v2;messageid=1712')).toBe(true);
    expect(matches('webchat/conversations/19:abc@thread.v2')).toBe(true);
    expect(matches(answeredMessagesKey('19:abc@thread.v2'))).toBe(true);
    expect(visitorKeyMatcher('29:user-1')('msteams/users/29:user-1')).toBe(true);
  });

  test('it finds nobody else: another conversation, a longer id, the same text elsewhere in a key', () => {
    const matches = visitorKeyMatcher('abc');
    expect(matches('webchat/conversations/abcd')).toBe(false);
    expect(matches('webchat/conversations/xabc')).toBe(false);
    expect(matches('abc/conversations/other')).toBe(false);
    expect(matches('faq-bot/storage-probe')).toBe(false);
  });
});
