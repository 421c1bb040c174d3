import { mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
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
    // Braces in the text itself: only the padding after the object is left unread.
    await storage.write({ k: { text: '}{é}', nested: { list: ['}', { x: '} ' }] } } });
    expect((await new FileStorage(dir).read(['k'])).k).toMatchObject({ text: '}{é}', nested: { list: ['}', { x: '} ' }] } });
    await storage.write({ k: { text: 'é'.repeat(4999) } });
    // One file, no temporary file left, and it parses as plain JSON (the padding is white space).
    const files = await readdir(dir);
    expect(files).toEqual([fileNameForKey('k')]);
    expect(JSON.parse(await readFile(path.join(dir, files[0]), 'utf8'))).toMatchObject({ key: 'k', item: { text: 'é'.repeat(4999) } });
  });

  test('text of every width (accents, €, emoji), far larger than the first buffer, reads back exactly, then a small one', async () => {
    const storage = new FileStorage(dir);
    const text = 'é€😀a'.repeat(30_000);
    await storage.write({ k: { text } });
    expect(((await new FileStorage(dir).read(['k'])).k as { text: string }).text).toBe(text);
    await storage.write({ k: { text: '€' } });
    expect(((await new FileStorage(dir).read(['k'])).k as { text: string }).text).toBe('€');
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

describe('When another process changes a state file the bot keeps open', () => {
  const key = 'webchat/conversations/open';
  const fileOf = () => path.join(dir, fileNameForKey(key));

  test('a file unlinked by the erase tool reads as absent, and the next write makes a new file', async () => {
    const storage = new FileStorage(dir);
    await storage.write({ [key]: { v: 1 } });
    expect((await storage.read([key]))[key]).toMatchObject({ v: 1 });
    await rm(fileOf());
    expect(await storage.read([key])).toEqual({});
    await storage.write({ [key]: { v: 2 } });
    expect((await new FileStorage(dir).read([key]))[key]).toMatchObject({ v: 2 });
  });

  test('a file edited in place, or replaced by a new one, is read again', async () => {
    const storage = new FileStorage(dir);
    await storage.write({ [key]: { v: 1 } });
    await storage.read([key]);
    // Same length, other content: an editor saving in place.
    const text = await readFile(fileOf(), 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(fileOf(), text.replace('"v":1', '"v":7'));
    expect((await storage.read([key]))[key]).toMatchObject({ v: 7 });
    // A new file renamed over the old one: an editor saving beside and renaming.
    await writeFile(`${fileOf()}.new`, JSON.stringify({ key, item: { v: 8 } }));
    await rename(`${fileOf()}.new`, fileOf());
    expect((await storage.read([key]))[key]).toMatchObject({ v: 8 });
    await storage.write({ [key]: { v: 9 } });
    expect((await new FileStorage(dir).read([key]))[key]).toMatchObject({ v: 9 });
  });

  test('more conversations than open files: every state is kept, and the eTag check still holds', async () => {
    const storage = new FileStorage(dir, undefined, 3);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 10; i++) await storage.write({ [`k${i}`]: { round, i } });
    }
    const items = await storage.read(Array.from({ length: 10 }, (_, i) => `k${i}`));
    for (let i = 0; i < 10; i++) expect(items[`k${i}`]).toMatchObject({ round: 2, i });
    const stale = items.k0 as { eTag: string };
    await storage.write({ k0: { ...stale, round: 3 } });
    await expect(storage.write({ k0: { ...stale, round: 4 } })).rejects.toThrow();
    storage.close();
    expect((await new FileStorage(dir).read(['k0'])).k0).toMatchObject({ round: 3 });
  });

  test('a file far larger than its state is cut down to the state\'s room', async () => {
    const storage = new FileStorage(dir);
    await storage.write({ [key]: { text: 'x'.repeat(40_000) } });
    await storage.write({ [key]: { text: 'court' } });
    expect((await stat(fileOf())).size).toBeLessThanOrEqual(4096);
    expect((await new FileStorage(dir).read([key]))[key]).toMatchObject({ text: 'court' });
  });
});

describe('When an idle state file is written again', () => {
  test('a large file that read as expired is rewritten whole: no old bytes are left after the new state', async () => {
    const key = 'webchat/conversations/idle';
    let now = Date.now();
    const expiry = { idleMs: 1000, now: () => now };
    await new FileStorage(dir, expiry).write({ [key]: { text: 'x'.repeat(40_000) } });
    now += 60_000;
    // A new instance (a restart) finds the file idle: it reads as absent, then the turn saves a small state.
    const storage = new FileStorage(dir, expiry);
    expect(await storage.read([key])).toEqual({});
    await storage.write({ [key]: { text: 'court' } });
    now = Date.now();
    expect((await new FileStorage(dir, expiry).read([key]))[key]).toMatchObject({ text: 'court' });
    expect(JSON.parse(await readFile(path.join(dir, fileNameForKey(key)), 'utf8'))).toMatchObject({ item: { text: 'court' } });
  });
});
