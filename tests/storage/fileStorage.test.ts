import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConversationState, TestAdapter } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fileNameForKey } from '../../src/storage/fileNameForKey';
import { FileStorage } from '../../src/storage/fileStorage';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'faq-bot-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('When the bot restarts with file storage', () => {
  test('a new instance reads what the previous one wrote', async () => {
    await new FileStorage(dir).write({ 'webchat/conversations/abc': { lastTopic: 'back-end-missions', turns: 3 } });
    const items = await new FileStorage(dir).read(['webchat/conversations/abc', 'unknown']);
    expect(Object.keys(items)).toEqual(['webchat/conversations/abc']);
    expect(items['webchat/conversations/abc']).toMatchObject({ lastTopic: 'back-end-missions', turns: 3 });
  });

  test('conversation state saved in one turn is there in the next turn after the restart', async () => {
    const remember = async (storage: FileStorage, text: string) => {
      const state = new ConversationState(storage);
      const topic = state.createProperty<string[]>('topics');
      const seen: string[][] = [];
      const adapter = new TestAdapter(async (context) => {
        const topics = await topic.get(context, []);
        seen.push([...topics]);
        await topic.set(context, [...topics, context.activity.text ?? '']);
        await state.saveChanges(context);
        await context.sendActivity('ok');
      });
      await adapter.send(text).assertReply('ok');
      return seen[0];
    };
    expect(await remember(new FileStorage(dir), 'première')).toEqual([]);
    expect(await remember(new FileStorage(dir), 'deuxième')).toEqual(['première']);
  });

  test('a deleted key stays deleted, and deleting a missing key is not an error', async () => {
    const storage = new FileStorage(dir);
    await storage.write({ a: { n: 1 } });
    await storage.delete(['a', 'never-written']);
    expect(await new FileStorage(dir).read(['a'])).toEqual({});
  });
});

describe('When two writers use eTags like MemoryStorage', () => {
  test('a write carrying the stored eTag succeeds, a stale eTag is refused', async () => {
    const storage = new FileStorage(dir);
    await storage.write({ k: { v: 1 } });
    const first = (await storage.read(['k'])).k;
    await storage.write({ k: { ...first, v: 2 } });
    await expect(storage.write({ k: { ...first, v: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['k'])).k).toMatchObject({ v: 2 });
  });

  test('the "*" eTag and no eTag always write', async () => {
    const storage = new FileStorage(dir);
    await storage.write({ k: { v: 1 } });
    await storage.write({ k: { v: 2, eTag: '*' } });
    await storage.write({ k: { v: 3 } });
    expect((await storage.read(['k'])).k).toMatchObject({ v: 3 });
  });

  test('concurrent writes with the same eTag: exactly one wins', async () => {
    const storage = new FileStorage(dir);
    await storage.write({ k: { v: 0 } });
    const base = (await storage.read(['k'])).k;
    const results = await Promise.allSettled([1, 2, 3, 4].map((v) => storage.write({ k: { ...base, v } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});

describe('When keys hold characters a file name cannot', () => {
  test('every key gets its own safe file, and no temporary file is left behind', async () => {
    const keys = ['msteams/conversations/19:abc@thread.v2|x', '../../etc/passwd', '.', 'é/ü', 'a'.repeat(400)];
    const storage = new FileStorage(dir);
    await storage.write(Object.fromEntries(keys.map((key, i) => [key, { i }])));
    const items = await storage.read(keys);
    expect(keys.map((key) => (items[key] as { i: number }).i)).toEqual([0, 1, 2, 3, 4]);
    const files = await readdir(dir);
    expect(files).toHaveLength(keys.length);
    expect(files.every((file) => /^[A-Za-z0-9_~-]+\.json$/.test(file) && file.length < 200)).toBe(true);
  });

  test('a file damaged by hand reads as absent and is replaced by the next write', async () => {
    await writeFile(path.join(dir, fileNameForKey('k')), '{ not json');
    const storage = new FileStorage(dir);
    expect(await storage.read(['k'])).toEqual({});
    await storage.write({ k: { v: 1, eTag: 'stale' } });
    expect((await storage.read(['k'])).k).toMatchObject({ v: 1 });
  });
});

describe('When a state file is rewritten turn after turn', () => {
  test('a shorter, then a longer state reads back exactly, from this instance and a new one', async () => {
    const storage = new FileStorage(dir);
    const sizes = [2000, 10, 300, 5000, 1, 4999];
    for (const size of sizes) {
      await storage.write({ k: { text: 'é'.repeat(size) } });
      expect(((await storage.read(['k'])).k as { text: string }).text).toHaveLength(size);
      expect(((await new FileStorage(dir).read(['k'])).k as { text: string }).text).toHaveLength(size);
    }
    // One file, no temporary file left, and it parses as plain JSON (the padding is white space).
    const files = await readdir(dir);
    expect(files).toEqual([fileNameForKey('k')]);
    expect(JSON.parse(await readFile(path.join(dir, files[0]), 'utf8'))).toMatchObject({ key: 'k', item: { text: 'é'.repeat(4999) } });
  });

  test('the state is in the file as soon as the write resolves (a crash right after the answer loses nothing)', async () => {
    const storage = new FileStorage(dir);
    for (let turn = 1; turn <= 20; turn++) {
      await storage.write({ k: { turn, transcript: Array.from({ length: turn }, (_, i) => `ligne ${i}`) } });
      const onDisk = JSON.parse(await readFile(path.join(dir, fileNameForKey('k')), 'utf8')) as { item: { turn: number } };
      expect(onDisk.item.turn).toBe(turn);
    }
  });

  test('a folder removed while the bot runs is made again by the next write', async () => {
    const storage = new FileStorage(path.join(dir, 'state'));
    await storage.write({ k: { v: 1 } });
    await rm(path.join(dir, 'state'), { recursive: true });
    await storage.write({ k: { v: 2 } });
    expect((await new FileStorage(path.join(dir, 'state')).read(['k'])).k).toMatchObject({ v: 2 });
  });
});
