import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { KnowledgeBaseError, KnowledgeStore, type KnowledgeBase } from '../../src/knowledge';
import { fixture } from './loadIssues';

let dir: string;
let faq: string;
let original: string;
const stores: KnowledgeStore[] = [];

const open = async (...args: Parameters<typeof KnowledgeStore.open>) => {
  const store = await KnowledgeStore.open(...args);
  stores.push(store);
  return store;
};
const breakFile = () => writeFileSync(faq, original.replace('    answer: Alpha', '    anwser: Alpha'));
const fixFile = (newAnswer: string) => writeFileSync(faq, original.replace('Alpha est la **première** lettre.', newAnswer));

/** Resolves with the next value a callback receives, or fails after `ms`. */
function nextCall<T>(ms = 5_000): { callback: (value: T) => void; promise: Promise<T> } {
  let callback!: (value: T) => void;
  const promise = new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no call within time')), ms);
    callback = (value) => {
      clearTimeout(timer);
      resolve(value);
    };
  });
  return { callback, promise };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-store-'));
  cpSync(fixture('knowledge-valid'), dir, { recursive: true });
  faq = path.join(dir, 'faq.yaml');
  original = readFileSync(faq, 'utf8');
});

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('When a knowledge file is edited while the bot runs', () => {
  test('a broken edit keeps the last good base and says what is wrong', async () => {
    const store = await open(dir);
    const good = store.current;
    breakFile();
    expect(await store.reload()).toBe(false);
    expect(store.current).toBe(good);
    expect(store.lastError).toBeInstanceOf(KnowledgeBaseError);
    const unknownKey = store.lastError?.issues.find((issue) => issue.message.includes("unknown key 'anwser'"));
    expect(unknownKey).toMatchObject({ file: `${path.basename(dir)}/faq.yaml`, line: 14 });
  });

  test('a fixed file is picked up and clears the error', async () => {
    const store = await open(dir);
    breakFile();
    await store.reload();
    fixFile('Alpha ouvre l’alphabet.');
    expect(await store.reload()).toBe(true);
    expect(store.lastError).toBeUndefined();
    expect(store.current.byId.get('test-alpha')?.answer).toBe('Alpha ouvre l’alphabet.');
  });

  test('when watching, a saved file is reloaded by itself: broken first, then fixed', async () => {
    const errors = nextCall<KnowledgeBaseError>();
    // Armed only once the fix is saved: an armed wait left unused would reject later, outside the test.
    let reloaded: ReturnType<typeof nextCall<KnowledgeBase>> | undefined = undefined;
    const store = await open(dir, { watch: true, debounceMs: 50, onError: (e) => errors.callback(e), onReload: (kb) => reloaded?.callback(kb) });
    const good = store.current;

    breakFile();
    const error = await errors.promise;
    expect(error.message).toContain("unknown key 'anwser'");
    expect(store.current).toBe(good);

    reloaded = nextCall<KnowledgeBase>();
    fixFile('Alpha, la toute première.');
    const kb = await reloaded.promise;
    expect(kb.byId.get('test-alpha')?.answer).toBe('Alpha, la toute première.');
    expect(store.current).toBe(kb);
    expect(store.lastError).toBeUndefined();
  });

  test('reloads asked while one runs are merged into one more', async () => {
    let reloads = 0;
    const store = await open(dir, { onReload: () => reloads++ });
    const results = await Promise.all([store.reload(), store.reload(), store.reload()]);
    expect(results).toEqual([true, true, true]);
    expect(reloads).toBe(2);
    expect(await store.reload()).toBe(true);
    expect(reloads).toBe(3);
  });

  test('a broken reload calls onError with the problems, and a merged reload reports the same failure', async () => {
    const errors: KnowledgeBaseError[] = [];
    const store = await open(dir, { onError: (error) => errors.push(error) });
    breakFile();
    expect(await Promise.all([store.reload(), store.reload()])).toEqual([false, false]);
    expect(errors).toHaveLength(2);
    expect(errors[0].issues.map((issue) => issue.message)).toContain("entry 'test-alpha' has no 'answer' (it is required)");
    expect(store.lastError).toBe(errors[1]);
  });

  test('once closed, a reload still running changes nothing', async () => {
    let reloads = 0;
    const store = await open(dir, { onReload: () => reloads++ });
    const good = store.current;
    fixFile('Après la fermeture.');
    const reloading = store.reload();
    store.close();
    await reloading;
    expect(store.current).toBe(good);
    expect(reloads).toBe(0);
  });

  test('when watching, a file that is not YAML does not reload the base', async () => {
    const reloads: KnowledgeBase[] = [];
    let reloaded: ReturnType<typeof nextCall<KnowledgeBase>> | undefined = undefined;
    const store = await open(dir, { watch: true, debounceMs: 20, onReload: (kb) => (reloads.push(kb), reloaded?.callback(kb)) });
    writeFileSync(path.join(dir, 'notes.txt'), 'rien');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reloads).toEqual([]);
    reloaded = nextCall<KnowledgeBase>();
    fixFile('Alpha, encore.');
    expect((await reloaded.promise).byId.get('test-alpha')?.answer).toBe('Alpha, encore.');
    expect(store.current.byId.get('test-alpha')?.answer).toBe('Alpha, encore.');
  });

  test('a folder that is broken from the start cannot be opened', async () => {
    await expect(KnowledgeStore.open(fixture('knowledge-bad-id'))).rejects.toBeInstanceOf(KnowledgeBaseError);
  });
});
