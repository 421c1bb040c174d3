import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { KnowledgeBaseError, KnowledgeStore, loadKnowledgeBase } from '../../src/knowledge';

const root = path.join(__dirname, '..', '..');
let scratch: string;
let knowledgeDir: string;
let snapshotDir: string;
let cacheFile: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'knowledge-cache-'));
  knowledgeDir = path.join(scratch, 'knowledge');
  snapshotDir = path.join(scratch, 'data', 'knowledge-last-good');
  cacheFile = path.join(scratch, 'data', 'knowledge-cache.json');
  await cp(path.join(root, 'knowledge'), knowledgeDir, { recursive: true });
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const open = async () => {
  const store = await KnowledgeStore.open(knowledgeDir, { snapshotDir, cacheFile });
  await store.snapshotSaved();
  store.close();
  return store;
};

/** Marks the cached base so that a base read from it can be told from one parsed from the files. */
async function markTheCache(): Promise<string> {
  const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as { base: { entries: Array<{ answer: string }> } };
  cached.base.entries[0].answer = 'VENU DU CACHE';
  await writeFile(cacheFile, JSON.stringify(cached));
  return 'VENU DU CACHE';
}

describe('The cache of the parsed knowledge base', () => {
  test('holds, once a base loaded, the same base as parsing the files gives', async () => {
    const first = await open();
    const again = await open();
    const parsed = await loadKnowledgeBase(knowledgeDir);
    for (const base of [first.current, again.current]) {
      expect(base.entries).toStrictEqual(parsed.entries);
      expect(base.profiles).toStrictEqual(parsed.profiles);
      expect(base.synonyms).toStrictEqual(parsed.synonyms);
      expect(base.files).toStrictEqual(parsed.files);
      expect(base.warnings).toStrictEqual(parsed.warnings);
      expect([...base.byId.keys()]).toEqual([...parsed.byId.keys()]);
      expect(Object.isFrozen(base) && Object.isFrozen(base.entries)).toBe(true);
    }
  });

  test('is what a start on the same files reads, without parsing them', async () => {
    await open();
    const mark = await markTheCache();
    expect((await open()).current.entries[0].answer).toBe(mark);
  });

  test('is not used once a file changed, even by a byte', async () => {
    await open();
    const mark = await markTheCache();
    const file = path.join(knowledgeDir, 'portage-salarial.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}\n`);
    const store = await open();
    expect(store.current.entries[0].answer).not.toBe(mark);
    // And the cache now holds the new files' base.
    expect((await open()).current.entries[0].answer).not.toBe(mark);
  });

  test('never hides a broken file: it is reported, and the last good base answers as before', async () => {
    await open();
    await writeFile(path.join(knowledgeDir, 'essai.yaml'), 'entries:\n  - id: [broken\n');
    const store = await open();
    expect(store.lastError).toBeInstanceOf(KnowledgeBaseError);
    expect(store.lastError?.message).toContain('essai.yaml:2');
    expect(store.startedFromSnapshot).toBeDefined();
  });

  test('is not used for a folder of another name (locations name the folder)', async () => {
    await open();
    const mark = await markTheCache();
    const other = path.join(scratch, 'autre');
    await cp(knowledgeDir, other, { recursive: true });
    const store = await KnowledgeStore.open(other, { cacheFile });
    store.close();
    expect(store.current.entries[0].answer).not.toBe(mark);
    expect(store.current.entries[0].location.file.startsWith('autre/')).toBe(true);
  });

  test('unreadable or damaged, it is ignored: the files are parsed', async () => {
    await open();
    await writeFile(cacheFile, '{"format": 1, "key": "x", "ba');
    const store = await open();
    expect(store.current.entries.length).toBeGreaterThan(0);
  });
});

describe('The last good base, when the files did not change', () => {
  test('is not copied again at every start', async () => {
    await open();
    const info = await readFile(path.join(snapshotDir, 'snapshot.json'), 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await open();
    expect(await readFile(path.join(snapshotDir, 'snapshot.json'), 'utf8')).toBe(info);

    const file = path.join(knowledgeDir, 'portage-salarial.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}\n`);
    await open();
    expect(await readFile(path.join(snapshotDir, 'snapshot.json'), 'utf8')).not.toBe(info);
  });

  test("the build's cache (read only) is what a first start on an empty DATA_DIR reads; a DATA_DIR cache comes first", async () => {
    // As `npm run build` writes it: the base of the same files, elsewhere.
    await open();
    const mark = await markTheCache();
    const builtCacheFile = path.join(scratch, 'dist', 'caches', 'knowledge-cache.json');
    await mkdir(path.dirname(builtCacheFile), { recursive: true });
    await rename(cacheFile, builtCacheFile);
    const openWithBuilt = async () => {
      const store = await KnowledgeStore.open(knowledgeDir, { snapshotDir, cacheFile, builtCacheFile });
      await store.snapshotSaved();
      store.close();
      return store;
    };
    expect((await openWithBuilt()).current.entries[0].answer).toBe(mark);
    // Not copied into DATA_DIR: it is there for the next start too.
    await expect(readFile(cacheFile, 'utf8')).rejects.toThrow();
    // Once a file changed, neither is used: the files are parsed and the DATA_DIR cache written.
    const file = path.join(knowledgeDir, 'portage-salarial.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}\n`);
    expect((await openWithBuilt()).current.entries[0].answer).not.toBe(mark);
    expect(JSON.parse(await readFile(cacheFile, 'utf8'))).toHaveProperty('key');
  });
});

