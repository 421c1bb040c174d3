import { describe, expect, test } from 'vitest';
import { ConversationStore } from '../../src/server/directLine/conversationStore';

const store = (options: Partial<ConstructorParameters<typeof ConversationStore>[0]> = {}) =>
  new ConversationStore({ idleMs: 60_000, maxConversations: 100, maxActivities: 100, ...options });

describe('When the store is full', () => {
  test('no new conversation is created until idle ones expire', () => {
    let now = 0;
    const conversations = store({ maxConversations: 2, now: () => now });
    expect(conversations.create()).toBeDefined();
    expect(conversations.create()).toBeDefined();
    expect(conversations.create()).toBeUndefined();
    now += 60_000;
    expect(conversations.create()).toBeDefined();
    expect(conversations.size).toBe(1);
  });
});

describe('When a conversation holds more activities than kept', () => {
  test('the oldest are dropped and watermarks keep counting', () => {
    const conversations = store({ maxActivities: 3 });
    const conversation = conversations.create()!;
    for (let i = 1; i <= 5; i++) conversations.append(conversation, { type: 'message', text: `m${i}` });
    const all = conversations.since(conversation, '');
    expect(all.activities.map((a) => a.text)).toEqual(['m3', 'm4', 'm5']);
    expect(all.watermark).toBe('5');
    expect(conversations.since(conversation, '4').activities.map((a) => a.text)).toEqual(['m5']);
  });
});

describe('When the bot updates an activity', () => {
  test('it is delivered again with the same id after the last watermark', () => {
    const conversations = store();
    const conversation = conversations.create()!;
    const id = conversations.append(conversation, { type: 'message', text: 'avant' });
    conversations.append(conversation, { type: 'message', text: 'autre' });
    expect(conversations.replace(conversation, { id, type: 'message', text: 'après' })).toBe(true);
    expect(conversations.since(conversation, '2').activities).toEqual([expect.objectContaining({ id, text: 'après' })]);
    expect(conversations.since(conversation, '').activities.map((a) => a.text)).toEqual(['autre', 'après']);
  });
});
