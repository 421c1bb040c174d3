import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createAnswerer } from '../../src/answering/answerer';
import type { Activity } from '../../src/channels/activity';
import { FaqActivityBot, memoryStorage } from '../../src/channels/activityBot';
import { ConversationStateStore, sameJson, stateKey, type StateStorage } from '../../src/channels/conversationStateStore';
import type { ConversationState } from '../../src/conversation/conversationState';
import { FileStorage } from '../../src/storage/fileStorage';
import { realKnowledgeBase } from '../helpers/knowledge';
import { silentLogger } from '../helpers/logs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'faq-bot-turns-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A store that counts writes and can make each call slow, so that turns overlap. */
function countingStorage(inner: StateStorage, delayMs = 0): StateStorage & { writes: number } {
  const pause = () => new Promise((resolve) => setTimeout(resolve, delayMs));
  const counting = {
    writes: 0,
    async read(keys: string[]) {
      await pause();
      return inner.read(keys);
    },
    async write(changes: Record<string, unknown>) {
      counting.writes++;
      await pause();
      return inner.write(changes);
    },
  };
  return counting;
}

function message(text: string, conversationId = 'c1'): Activity {
  return {
    type: 'message',
    channelId: 'webchat',
    conversation: { id: conversationId },
    from: { id: 'visitor' },
    recipient: { id: 'bot' },
    text,
  } as Activity;
}

async function botOver(storage: StateStorage): Promise<FaqActivityBot> {
  const answerer = createAnswerer(await realKnowledgeBase());
  return new FaqActivityBot({ answerer: () => answerer, storage, logger: silentLogger });
}

async function userLines(storage: StateStorage, conversationId = 'c1'): Promise<string[]> {
  const key = stateKey('webchat', conversationId);
  const item = (await storage.read([key]))[key] as { faq?: ConversationState } | undefined;
  return (item?.faq?.transcript ?? []).filter((line) => line.from === 'user').map((line) => line.text);
}

const questions = ["c'est quoi le portage salarial ?", 'quels langages utilise un developpeur backend', 'quel statut pour un salarie porte', 'aide'];

describe('When several messages of one conversation arrive at once', () => {
  test('each turn reads the state the previous one saved: no message is lost from the transcript, in order', async () => {
    const storage = countingStorage(memoryStorage(), 5);
    const bot = await botOver(storage);
    await Promise.all(questions.map((text) => bot.run({ activity: message(text), send: async (sent) => sent.map(() => ({})) })));
    expect(await userLines(storage)).toEqual(questions);
  });

  test('with the file storage, the transcript on disk holds every message after a restart', async () => {
    const bot = await botOver(countingStorage(new FileStorage(dir), 2));
    await Promise.all(questions.map((text) => bot.run({ activity: message(text), send: async (sent) => sent.map(() => ({})) })));
    expect(await userLines(new FileStorage(dir))).toEqual(questions);
  });

  test('other conversations are not held back by a slow one', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const bot = await botOver(memoryStorage());
    const slow = bot.run({ activity: message('bonjour', 'slow'), send: async (sent) => (await held, sent.map(() => ({}))) });
    const sent: string[] = [];
    await bot.run({ activity: message('aide', 'fast'), send: async (activities) => (sent.push('fast'), activities.map(() => ({}))) });
    expect(sent).toEqual(['fast']);
    release();
    await slow;
  });
});

describe('When a turn leaves the conversation state as it was', () => {
  test('nothing is written; a changed state is written once', async () => {
    const storage = countingStorage(memoryStorage());
    const states = new ConversationStateStore(storage, silentLogger);
    const loaded = await states.load('webchat', 'c1');
    await states.save(loaded, { ...loaded.state }, 'c1');
    expect(storage.writes).toBe(0);
    await states.save(loaded, { topicEntryId: 'portage-overview' }, 'c1');
    expect(storage.writes).toBe(1);
    const again = await states.load('webchat', 'c1');
    await states.save(again, { topicEntryId: 'portage-overview' }, 'c1');
    expect(storage.writes).toBe(1);
  });
});

describe('When telling whether a state changed', () => {
  test('states that serialise alike are the same, whatever the key order or undefined properties', () => {
    expect(sameJson({ a: 1, b: [1, { c: 'x' }], d: undefined }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameJson({ a: [undefined] }, { a: [null] })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [1] })).toBe(false);
    expect(sameJson({ a: {} }, { a: [] })).toBe(false);
    expect(sameJson({ a: null }, {})).toBe(false);
    expect(sameJson({ transcript: [{ from: 'user', text: 'x' }] }, { transcript: [{ from: 'user', text: 'y' }] })).toBe(false);
  });
});

describe('When a turn of a conversation hangs', () => {
  test('the next turn of that conversation waits a bounded time, then runs', async () => {
    const states = new ConversationStateStore(memoryStorage(), silentLogger, 50);
    void states.exclusive('webchat', 'c1', () => new Promise<void>(() => {}));
    const started = Date.now();
    await states.exclusive('webchat', 'c1', async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });
});
