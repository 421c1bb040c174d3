import { describe, expect, test } from 'vitest';
import { MemoryLearningStore } from '../../src/learning/memoryLearningStore';
import { ResilientLearningStore } from '../../src/learning/resilientLearningStore';
import { startRetention } from '../../src/learning/retention';
import type { LearningEvent, LearningStore } from '../../src/learning/types';
import { captureLogs, silentLogger } from '../helpers/logs';

const vote = (at: string): LearningEvent => ({ type: 'feedback', at, conversation: 'c', entryId: 'e', vote: 'down' });

describe('When the bot starts with records past the retention period', () => {
  test('they are deleted at once, and newer ones are kept', async () => {
    const store = new MemoryLearningStore();
    await store.append(vote('2025-01-01T10:00:00.000Z'));
    await store.append(vote('2025-03-30T10:00:00.000Z'));
    const retention = startRetention({ store, retentionDays: 30, logger: silentLogger, now: () => new Date('2025-04-10T12:00:00.000Z') });
    expect(await retention.purged).toBe(1);
    retention.stop();
    expect((await store.list(new Date(0))).map((event) => event.at)).toEqual(['2025-03-30T10:00:00.000Z']);
  });

  test('then it purges again at every interval', async () => {
    let now = new Date('2025-04-10T12:00:00.000Z');
    const store = new MemoryLearningStore();
    const retention = startRetention({ store, retentionDays: 1, logger: silentLogger, now: () => now, intervalMs: 20 });
    await retention.purged;
    await store.append(vote('2025-04-10T13:00:00.000Z'));
    now = new Date('2025-04-13T12:00:00.000Z');
    await expect.poll(() => store.list(new Date(0)), { timeout: 3_000, interval: 20 }).toEqual([]);
    retention.stop();
  });

  test('a failing purge is logged and does not stop the bot', async () => {
    const logs = captureLogs();
    const broken: LearningStore = { append: async () => undefined, list: async () => [], purge: () => Promise.reject(new Error('disk gone')), erase: async () => 0 };
    const retention = startRetention({ store: broken, retentionDays: 90, logger: logs.logger });
    expect(await retention.purged).toBe(0);
    retention.stop();
    expect(logs.text()).toContain('Could not delete learning records past retention');
  });
});

describe('When the records store is down', () => {
  test('records wait in memory and are written in order once it works again', async () => {
    const inner = new MemoryLearningStore();
    let down = true;
    const flaky: LearningStore = {
      append: (event) => (down ? Promise.reject(new Error('ECONNREFUSED')) : inner.append(event)),
      list: (from) => inner.list(from),
      purge: (before) => inner.purge(before),
      erase: (conversation) => inner.erase(conversation),
    };
    const logs = captureLogs();
    const store = new ResilientLearningStore(flaky, { logger: logs.logger });
    await store.append(vote('2025-04-10T10:00:00.000Z'));
    await store.append(vote('2025-04-10T10:01:00.000Z'));
    expect(store.pending).toBe(2);
    down = false;
    await store.append(vote('2025-04-10T10:02:00.000Z'));
    expect(store.pending).toBe(0);
    expect((await inner.list(new Date(0))).map((e) => e.at)).toEqual(['2025-04-10T10:00:00.000Z', '2025-04-10T10:01:00.000Z', '2025-04-10T10:02:00.000Z']);
    expect(logs.records().filter((line) => line.level === 40)).toHaveLength(1);
  });
});
