import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FileLearningStore } from '../../src/learning/fileLearningStore';
import { MemoryLearningStore } from '../../src/learning/memoryLearningStore';
import type { LearningEvent, LearningStore } from '../../src/learning/types';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'faq-bot-learning-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const vote = (at: string, entryId = 'back-end-missions'): LearningEvent => ({ type: 'feedback', at, conversation: 'c1', entryId, vote: 'up' });

const stores: Array<[string, () => LearningStore]> = [
  ['memory', () => new MemoryLearningStore()],
  ['files', () => new FileLearningStore(dir)],
];

describe.each(stores)('When records are kept in %s', (_name, open) => {
  test('they are listed oldest first from the given date', async () => {
    const store = open();
    await store.append(vote('2025-03-02T09:00:00.000Z', 'b'));
    await store.append(vote('2025-03-01T10:00:00.000Z', 'a'));
    await store.append(vote('2025-03-02T08:00:00.000Z', 'c'));
    const listed = await store.list(new Date('2025-03-01T12:00:00.000Z'));
    expect(listed.map((event) => event.type === 'feedback' && event.entryId)).toEqual(['c', 'b']);
  });

  test('purging removes whole days before the cut-off day and keeps the rest', async () => {
    const store = open();
    for (const at of ['2025-01-01T10:00:00.000Z', '2025-01-02T10:00:00.000Z', '2025-01-03T01:00:00.000Z', '2025-01-03T23:00:00.000Z']) await store.append(vote(at));
    expect(await store.purge(new Date('2025-01-03T12:00:00.000Z'))).toBe(2);
    expect((await store.list(new Date(0))).map((event) => event.at)).toEqual(['2025-01-03T01:00:00.000Z', '2025-01-03T23:00:00.000Z']);
    expect(await store.purge(new Date('2025-01-03T12:00:00.000Z'))).toBe(0);
  });

  test("erasing a conversation removes its records on every day and keeps the others'", async () => {
    const store = open();
    const other = (at: string): LearningEvent => ({ ...vote(at), conversation: 'c2' });
    for (const event of [vote('2025-01-01T10:00:00.000Z'), other('2025-01-01T11:00:00.000Z'), vote('2025-01-02T10:00:00.000Z')]) await store.append(event);
    expect(await store.erase('c1')).toBe(2);
    expect((await store.list(new Date(0))).map((event) => event.conversation)).toEqual(['c2']);
    expect(await store.erase('c1')).toBe(0);
  });
});

describe('When records are kept in files', () => {
  test('each UTC day is one JSON-lines file, and a new instance (restart) reads them', async () => {
    await new FileLearningStore(dir).append(vote('2025-03-01T23:59:00.000Z'));
    await new FileLearningStore(dir).append(vote('2025-03-02T00:01:00.000Z'));
    expect((await readdir(dir)).sort()).toEqual(['2025-03-01.jsonl', '2025-03-02.jsonl']);
    const line = (await readFile(path.join(dir, '2025-03-01.jsonl'), 'utf8')).trim();
    expect(JSON.parse(line)).toEqual(vote('2025-03-01T23:59:00.000Z'));
    expect(await new FileLearningStore(dir).list(new Date(0))).toHaveLength(2);
  });

  test('a damaged line (cut by a crash, edited by hand) is skipped, the others are read', async () => {
    const store = new FileLearningStore(dir);
    await store.append(vote('2025-03-01T10:00:00.000Z'));
    await appendFile(path.join(dir, '2025-03-01.jsonl'), '{"type":"feedback","at":"2025-03-01T11:00\n{"type":"mystery","at":"2025-03-01T12:00:00Z","conversation":"x"}\n');
    await store.append(vote('2025-03-01T13:00:00.000Z'));
    expect(await store.list(new Date(0))).toHaveLength(2);
  });

  test('a folder that does not exist yet holds no records', async () => {
    const store = new FileLearningStore(path.join(dir, 'not-yet'));
    expect(await store.list(new Date(0))).toEqual([]);
    expect(await store.purge(new Date())).toBe(0);
  });

  test('concurrent appends all land, each on its own line', async () => {
    const store = new FileLearningStore(dir);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.append(vote(`2025-03-01T10:00:${String(i).padStart(2, '0')}.000Z`, `e${i}`))));
    expect(await store.list(new Date(0))).toHaveLength(50);
  });

  test('the bot keeps appending to its open day file after another process erased a conversation or deleted the day', async () => {
    const bot = new FileLearningStore(dir);
    const tool = new FileLearningStore(dir);
    const other = (at: string): LearningEvent => ({ ...vote(at), conversation: 'c2' });
    await bot.append(vote('2025-03-01T10:00:00.000Z'));
    await bot.append(other('2025-03-01T10:00:01.000Z'));
    // The erase tool rewrites the day file beside and renames it over the one the bot holds open.
    expect(await tool.erase('c1')).toBe(1);
    await bot.append(other('2025-03-01T10:00:02.000Z'));
    expect((await tool.list(new Date(0))).map((event) => event.at)).toEqual(['2025-03-01T10:00:01.000Z', '2025-03-01T10:00:02.000Z']);
    // Retention (or a hand) deletes the file: the next record starts a new one.
    await rm(path.join(dir, '2025-03-01.jsonl'));
    await bot.append(other('2025-03-01T10:00:03.000Z'));
    expect((await tool.list(new Date(0))).map((event) => event.at)).toEqual(['2025-03-01T10:00:03.000Z']);
  });
});
