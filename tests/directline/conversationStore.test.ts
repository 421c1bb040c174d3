import { describe, expect, test } from 'vitest';
import { ConversationStore, type StoredConversation } from '../../src/server/directLine/conversationStore';

const store = (options: Partial<ConstructorParameters<typeof ConversationStore>[0]> = {}) =>
  new ConversationStore({ idleMs: 60_000, maxConversations: 100, maxActivities: 100, maxConversationBytes: 1e9, maxTotalBytes: 1e9, ...options });

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

describe('When a conversation holds more bytes than its budget', () => {
  test('its oldest activities are dropped until it fits, and the newest is always kept', () => {
    const conversations = store({ maxConversationBytes: 1000 });
    const conversation = conversations.create()!;
    for (let i = 0; i < 20; i++) conversations.append(conversation, { type: 'message', text: `${i} ${'x'.repeat(200)}` });
    const kept = conversations.since(conversation, '').activities;
    expect(kept.reduce((sum, a) => sum + Buffer.byteLength(JSON.stringify(a)), 0)).toBeLessThanOrEqual(1000);
    expect(kept.at(-1)?.text).toMatch(/^19 /);
    expect(conversations.totalBytes).toBe(conversation.bytes);
  });
});

describe('When all conversations together near the global byte budget', () => {
  test('a conversation opens only while a whole conversation budget fits, and growing ones stay under the total', () => {
    let now = 0;
    const conversations = store({ maxConversationBytes: 1000, maxTotalBytes: 2500, now: () => now });
    const fill = (conversation: StoredConversation) => {
      for (let i = 0; i < 20; i++) conversations.append(conversation, { type: 'message', text: `${i} ${'x'.repeat(200)}` });
    };
    const quiet = conversations.create()!;
    conversations.append(quiet, { type: 'message', text: 'bonjour' });
    const first = conversations.create()!;
    fill(first);
    const second = conversations.create()!;
    fill(second);
    expect(first.bytes).toBeLessThanOrEqual(1000);
    expect(second.bytes).toBeLessThanOrEqual(1000);
    // A whole conversation budget (1000) no longer fits under 2500: no new conversation.
    expect(conversations.create()).toBeUndefined();
    // The quiet one may still grow, but only by dropping its own oldest activities, never the others'.
    const firstKept = first.bytes;
    fill(quiet);
    expect(conversations.totalBytes).toBeLessThanOrEqual(2500);
    expect(first.bytes).toBe(firstKept);
    expect(conversations.totalBytes).toBe(quiet.bytes + first.bytes + second.bytes);

    now += 60_000;
    expect(conversations.create()).toBeDefined();
    expect(conversations.totalBytes).toBe(0);
  });
});
