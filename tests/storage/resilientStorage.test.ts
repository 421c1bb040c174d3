import { describe, expect, test } from 'vitest';
import { ResilientStorage } from '../../src/storage/resilientStorage';
import { captureLogs } from '../helpers/logs';
import { FlakyStorage } from './flakyStorage';

function setUp(timeoutMs = 200) {
  const backend = new FlakyStorage();
  const logs = captureLogs();
  // A long retry interval: the tests call catchUp() themselves, so nothing depends on timing.
  const storage = new ResilientStorage(backend, { kind: 'memory', logger: logs.logger, timeoutMs, retryIntervalMs: 60_000 });
  return { backend, logs, storage };
}

describe('When the backend works', () => {
  test('reads and writes go through and health is ok', async () => {
    const { backend, storage } = setUp();
    await storage.write({ k: { v: 1 } });
    expect((await backend.inner.read(['k'])).k).toMatchObject({ v: 1 });
    expect((await storage.read(['k'])).k).toMatchObject({ v: 1 });
    expect(storage.health()).toEqual({ kind: 'memory', status: 'ok', pendingWrites: 0 });
  });

  test('an eTag conflict is passed on: it is an answer, not an outage', async () => {
    const { storage } = setUp();
    await storage.write({ k: { v: 1 } });
    const item = (await storage.read(['k'])).k;
    await storage.write({ k: { ...item, v: 2 } });
    await expect(storage.write({ k: { ...item, v: 3 } })).rejects.toThrow(/eTag conflict/);
    expect(storage.health().status).toBe('ok');
  });
});

describe('When the backend goes down', () => {
  test('reads serve the last known values, writes are queued, health says degraded, one error is logged', async () => {
    const { backend, logs, storage } = setUp();
    await storage.write({ known: { v: 1 } });
    backend.mode = 'down';

    expect((await storage.read(['known', 'other'])).known).toMatchObject({ v: 1 });
    await storage.write({ known: { v: 2 }, other: { v: 3 } });
    await storage.write({ known: { v: 4 } });
    expect(await storage.read(['known', 'other'])).toMatchObject({ known: { v: 4 }, other: { v: 3 } });

    expect(storage.health()).toEqual({ kind: 'memory', status: 'degraded', lastError: 'connect ECONNREFUSED 127.0.0.1:10000', pendingWrites: 2 });
    const errors = logs.records().filter((line) => line.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0].msg).toMatch(/Storage unavailable/);
  });

  test('a backend that hangs is given up on after the timeout', async () => {
    const { backend, storage } = setUp(100);
    backend.mode = 'hanging';
    const started = Date.now();
    expect(await storage.read(['k'])).toEqual({});
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(storage.health()).toMatchObject({ status: 'degraded', lastError: expect.stringMatching(/longer than 100 ms/) });
  });

  test('while degraded, turns do not wait for the backend', async () => {
    const { backend, storage } = setUp(100);
    backend.mode = 'hanging';
    await storage.read(['k']);
    const callsAfterOutage = backend.calls;
    await storage.write({ k: { v: 1 } });
    await storage.read(['k']);
    expect(backend.calls).toBe(callsAfterOutage);
  });

  test('a key deleted offline reads as absent, and the delete is replayed', async () => {
    const { backend, storage } = setUp();
    await storage.write({ k: { v: 1 } });
    backend.mode = 'down';
    await storage.delete(['k']);
    expect(await storage.read(['k'])).toEqual({});
    backend.mode = 'up';
    expect(await storage.catchUp()).toBe(true);
    expect(await backend.inner.read(['k'])).toEqual({});
  });
});

describe('When the backend comes back', () => {
  test('queued writes are replayed, the latest value per key, and health is ok again', async () => {
    const { backend, logs, storage } = setUp();
    backend.mode = 'down';
    await storage.write({ a: { v: 1 } });
    await storage.write({ a: { v: 2 }, b: { v: 3 } });
    expect(await storage.catchUp()).toBe(false);

    backend.mode = 'up';
    expect(await storage.catchUp()).toBe(true);
    expect(await backend.inner.read(['a', 'b'])).toMatchObject({ a: { v: 2 }, b: { v: 3 } });
    expect(storage.health()).toEqual({ kind: 'memory', status: 'ok', pendingWrites: 0 });
    expect(logs.records().some((line) => line.msg === 'Storage available again: queued writes replayed' && line.replayed === 2)).toBe(true);
  });

  test('state written from nothing during the outage (an instance that never saw the key) does not overwrite stored state', async () => {
    const { backend, storage } = setUp();
    await backend.inner.write({ known: { turns: 5 } });
    backend.mode = 'down';
    expect(await storage.read(['known', 'new'])).toEqual({});
    await storage.write({ known: { turns: 1, eTag: '*' }, new: { turns: 1, eTag: '*' } });
    await storage.write({ known: { turns: 2, eTag: '*' } });
    backend.mode = 'up';
    expect(await storage.catchUp()).toBe(true);
    expect(await backend.inner.read(['known', 'new'])).toMatchObject({ known: { turns: 5 }, new: { turns: 1 } });
  });

  test('state this instance knew before the outage is written back over the stored one', async () => {
    const { backend, storage } = setUp();
    await backend.inner.write({ k: { turns: 5 } });
    await storage.read(['k']);
    backend.mode = 'down';
    await storage.write({ k: { turns: 6, eTag: '*' } });
    backend.mode = 'up';
    expect(await storage.catchUp()).toBe(true);
    expect((await backend.inner.read(['k'])).k).toMatchObject({ turns: 6 });
  });

  test('it retries by itself at the configured interval', async () => {
    const backend = new FlakyStorage();
    const storage = new ResilientStorage(backend, { kind: 'memory', logger: captureLogs().logger, timeoutMs: 200, retryIntervalMs: 50 });
    backend.mode = 'down';
    await storage.write({ a: { v: 1 } });
    backend.mode = 'up';
    await expect.poll(() => storage.health().status, { timeout: 5_000, interval: 20 }).toBe('ok');
    expect((await backend.inner.read(['a'])).a).toMatchObject({ v: 1 });
    await storage.close();
  });

  test('a queued write whose stored state changed meanwhile (another instance) is dropped, not forced', async () => {
    const { backend, storage } = setUp();
    await storage.write({ k: { v: 1 } });
    const item = (await storage.read(['k'])).k;
    backend.mode = 'down';
    await storage.write({ k: { ...item, v: 2 } });
    await backend.inner.write({ k: { v: 'other instance' } });
    backend.mode = 'up';
    expect(await storage.catchUp()).toBe(true);
    expect((await backend.inner.read(['k'])).k).toMatchObject({ v: 'other instance' });
  });
});
