import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FileLearningStore } from '../../src/learning/fileLearningStore';
import { MemoryLearningStore } from '../../src/learning/memoryLearningStore';
import { ResilientLearningStore } from '../../src/learning/resilientLearningStore';
import type { LearningEvent, LearningStore } from '../../src/learning/types';
import { silentLogger } from '../helpers/logs';

const vote = (n: number, at = '2025-04-10T10:00:00.000Z'): LearningEvent => ({ type: 'feedback', at, conversation: `c${n}`, entryId: 'e', vote: 'down' });
const lines = async (file: string) => (await readFile(file, 'utf8')).trim().split('\n').map((line) => (JSON.parse(line) as LearningEvent).conversation);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'batched-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Learning records made during one turn of the event loop', () => {
  test('are written together, in order, and each append resolves once its record is in the file', async () => {
    const inner = new FileLearningStore(dir);
    const calls: number[] = [];
    const appendMany = inner.appendMany.bind(inner);
    inner.appendMany = (events) => {
      calls.push(events.length);
      return appendMany(events);
    };
    const store = new ResilientLearningStore(inner, { logger: silentLogger });
    await Promise.all([1, 2, 3, 4].map(async (n) => {
      await store.append(vote(n));
      expect(await lines(path.join(dir, '2025-04-10.jsonl'))).toContain(`c${n}`);
    }));
    expect(calls).toEqual([4]);
    expect(await lines(path.join(dir, '2025-04-10.jsonl'))).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  test('go to the file of their own day', async () => {
    const store = new ResilientLearningStore(new FileLearningStore(dir), { logger: silentLogger });
    await Promise.all([store.append(vote(1, '2025-04-10T23:59:59.000Z')), store.append(vote(2, '2025-04-11T00:00:01.000Z')), store.append(vote(3, '2025-04-11T00:00:02.000Z'))]);
    expect(await lines(path.join(dir, '2025-04-10.jsonl'))).toEqual(['c1']);
    expect(await lines(path.join(dir, '2025-04-11.jsonl'))).toEqual(['c2', 'c3']);
  });

  test('are never written twice when a write stored only the first of them', async () => {
    const inner = new MemoryLearningStore();
    let failNext = true;
    const partial: LearningStore = {
      append: (event) => inner.append(event),
      appendMany: async (events) => {
        if (failNext) {
          failNext = false;
          await inner.append(events[0]);
          throw Object.assign(new Error('disk full'), { written: 1 });
        }
        for (const event of events) await inner.append(event);
      },
      list: (from) => inner.list(from),
      purge: (before) => inner.purge(before),
      erase: (conversation) => inner.erase(conversation),
    };
    const store = new ResilientLearningStore(partial, { logger: silentLogger });
    await Promise.all([store.append(vote(1)), store.append(vote(2))]);
    expect(store.pending).toBe(1);
    await store.append(vote(3));
    expect(store.pending).toBe(0);
    expect((await inner.list(new Date(0))).map((event) => event.conversation)).toEqual(['c1', 'c2', 'c3']);
  });

  test('on a store that writes one record at a time, each is written once, in order', async () => {
    const inner = new MemoryLearningStore();
    const store = new ResilientLearningStore(inner, { logger: silentLogger });
    await Promise.all([1, 2, 3].map((n) => store.append(vote(n))));
    await Promise.all([4, 5].map((n) => store.append(vote(n))));
    expect((await inner.list(new Date(0))).map((event) => event.conversation)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });
});
