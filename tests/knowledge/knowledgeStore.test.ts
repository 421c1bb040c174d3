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

  test('a folder that is broken from the start cannot be opened', async () => {
    await expect(KnowledgeStore.open(fixture('knowledge-bad-id'))).rejects.toBeInstanceOf(KnowledgeBaseError);
  });
});
