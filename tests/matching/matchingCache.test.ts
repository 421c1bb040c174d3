import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge';

const root = path.join(__dirname, '..', '..');
let scratch: string;
let cacheFile: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'matching-cache-'));
  // In a folder that does not exist yet, as on a first start with an empty DATA_DIR.
  cacheFile = path.join(scratch, 'data', 'matching-cache.json');
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Fresh copies of the modules: their word tables and stems are module state, as in a new process. */
async function freshProcess() {
  vi.resetModules();
  const cache = await import('../../src/matching/matchingCache');
  const answerer = await import('../../src/answering/answerer');
  const everyday = await import('../../src/matching/everydayWords');
  const stem = await import('../../src/matching/stem');
  const synonyms = await import('../../src/matching/synonyms');
  const synonymTables = await import('../../src/matching/synonymTables');
  const normalize = await import('../../src/matching/normalize');
  return { ...cache, ...answerer, ...everyday, ...stem, ...synonyms, ...synonymTables, ...normalize };
}

const questions = [
  "c'est quoi le portage salarial ?",
  'quelles études pour devenir dev back end ?',
  'combien ça coûte ?',
  'je veux parler à un humain',
  'est-ce que vous faites de la formation en plomberie ?',
  'obligatoir de cotiser au chomage ?',
];

describe('the matching cache (DATA_DIR/matching-cache.json)', () => {
  test('a start that reads it builds the same matcher: same tables, same stems, same decisions', async () => {
    const kb = await loadKnowledgeBase(path.join(root, 'knowledge'));

    const first = await freshProcess();
    const none = await first.seedFromMatchingCache(cacheFile);
    expect(none.seeded).toBe(false);
    const computed = first.createAnswerer(kb);
    expect(await first.saveMatchingCache(cacheFile, none)).toBe(true);
    const tables = first.everydayWordTables();
    const stems = first.stemmedWords();
    expect(stems.length).toBeGreaterThan(100);
    const decisions = questions.map((q) => computed.ask(q));

    const second = await freshProcess();
    const seed = await second.seedFromMatchingCache(cacheFile);
    expect(seed).toEqual({ seeded: true, stems: stems.length });
    const seeded = second.createAnswerer(kb);
    expect(second.everydayWordTables()).toEqual(tables);
    expect(second.stemmedWords()).toEqual(stems);
    // Building it computed nothing new: nothing to write.
    expect(await second.saveMatchingCache(cacheFile, seed)).toBe(false);
    expect(questions.map((q) => seeded.ask(q))).toEqual(decisions);
  });

  test('a cache of other code or package versions (another key), of another format, or whose tables do not fit together, is ignored', async () => {
    const kb = await loadKnowledgeBase(path.join(root, 'knowledge'));
    const first = await freshProcess();
    first.createAnswerer(kb);
    await first.saveMatchingCache(cacheFile, { seeded: false, stems: 0 });
    const saved = JSON.parse(await readFile(cacheFile, 'utf8')) as { key: string; format: number; everyday: { text: string; ranks: number[]; french: number; slots: string } };

    await writeFile(cacheFile, JSON.stringify({ ...saved, key: 'another key' }));
    expect((await (await freshProcess()).seedFromMatchingCache(cacheFile)).seeded).toBe(false);
    await writeFile(cacheFile, JSON.stringify({ ...saved, format: saved.format + 1 }));
    expect((await (await freshProcess()).seedFromMatchingCache(cacheFile)).seeded).toBe(false);
    await writeFile(cacheFile, '{"format":');
    expect((await (await freshProcess()).seedFromMatchingCache(cacheFile)).seeded).toBe(false);
    // One rank short of the words, more French words than words, or a hash table that is not this text's (all
    // empty, cut short): the word lists are loaded from the packages.
    const emptyTable = Buffer.from(new Int32Array(Buffer.from(saved.everyday.slots, 'base64').length / 4).fill(-1).buffer).toString('base64');
    for (const everyday of [
      { ...saved.everyday, ranks: saved.everyday.ranks.slice(1) },
      { ...saved.everyday, french: saved.everyday.ranks.length + 1 },
      { ...saved.everyday, slots: emptyTable },
      { ...saved.everyday, slots: saved.everyday.slots.slice(0, 4000) },
    ]) {
      await writeFile(cacheFile, JSON.stringify({ ...saved, everyday }));
      const other = await freshProcess();
      expect((await other.seedFromMatchingCache(cacheFile)).seeded).toBe(false);
      expect(other.everydayRank('maison')).toBeGreaterThan(0);
    }
  });

  test('a synonym table is read back only for the same rules, and rewrites every text as the table built from them', async () => {
    const kb = await loadKnowledgeBase(path.join(root, 'knowledge'));
    const first = await freshProcess();
    first.synonymTableFor(kb.synonyms);
    expect(first.synonymTablesBuilt()).toBe(true);
    await first.saveMatchingCache(cacheFile, { seeded: false, stems: 0 });

    const second = await freshProcess();
    await second.seedFromMatchingCache(cacheFile);
    const readBack = second.synonymTableFor(kb.synonyms);
    expect(second.synonymTablesBuilt()).toBe(false);
    const built = new second.SynonymTable(kb.synonyms);
    // Every question of the base and every variant of the lexicon, as typed words and as their stems' rules meet them.
    const texts = [...kb.entries.flatMap((entry) => entry.questions), ...kb.synonyms.flatMap((rule) => rule.variants), 'les developpent salarie porte a temps partiel'];
    let rewritten = 0;
    for (const text of texts) {
      const words = second.tokenize(second.normalize(text)).map((word) => ({ text: word, confidence: 1 }));
      const expected = built.apply(words);
      expect(readBack.apply(words), text).toEqual(expected);
      if (expected.map((w) => w.text).join(' ') !== words.map((w) => w.text).join(' ')) rewritten++;
    }
    expect(rewritten).toBeGreaterThan(kb.synonyms.length);
    expect([...readBack.words]).toEqual([...built.words]);
    expect([...readBack.canonicalWords]).toEqual([...built.canonicalWords]);

    // Another lexicon (a variant added) is built, not read back.
    const third = await freshProcess();
    await third.seedFromMatchingCache(cacheFile);
    const edited = [...kb.synonyms, { canonical: 'portage', variants: ['travail porte par une societe'] }];
    const table = third.synonymTableFor(edited);
    expect(third.synonymTablesBuilt()).toBe(true);
    expect(table.apply(third.tokenize('travail porte par une societe').map((text) => ({ text, confidence: 1 }))).map((w) => w.text)).toEqual(['portage']);
  });

  test('a kept synonym table whose data is damaged is built again from the rules', async () => {
    const kb = await loadKnowledgeBase(path.join(root, 'knowledge'));
    const first = await freshProcess();
    first.synonymTableFor(kb.synonyms);
    await first.saveMatchingCache(cacheFile, { seeded: false, stems: 0 });
    const saved = JSON.parse(await readFile(cacheFile, 'utf8')) as { synonyms: Array<{ key: string; data: { exact: { edges: string; rules: number[] } } }> };
    const [kept] = saved.synonyms;
    for (const exact of [{ ...kept.data.exact, edges: kept.data.exact.edges.slice(0, 4000) }, { ...kept.data.exact, rules: [1, 1, 999_999] }, { ...kept.data.exact, rules: [10_000_000, 1, 0] }]) {
      await writeFile(cacheFile, JSON.stringify({ ...saved, synonyms: [{ key: kept.key, data: { ...kept.data, exact } }] }));
      const other = await freshProcess();
      expect((await other.seedFromMatchingCache(cacheFile)).seeded).toBe(true);
      const table = other.synonymTableFor(kb.synonyms);
      expect(other.synonymTablesBuilt()).toBe(true);
      expect(table.apply([{ text: 'dev', confidence: 1 }]).map((w) => w.text)).toEqual(['developpeur']);
    }
  });
});
