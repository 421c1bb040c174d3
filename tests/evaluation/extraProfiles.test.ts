import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { addedProfiles, loadKnowledgeWithExtraProfiles } from '../../src/evaluation/extraProfiles';
import { splitItemsNamingProfiles } from '../../src/evaluation/profileItems';
import type { EvalItem } from '../../src/evaluation/types';

const root = path.resolve(__dirname, '../..');
const knowledgeDir = path.join(root, 'knowledge');
let real: KnowledgeBase;
let both: KnowledgeBase;
const scratch: string[] = [];

beforeAll(async () => {
  [real, both] = await Promise.all([
    loadKnowledgeBase(knowledgeDir),
    loadKnowledgeWithExtraProfiles(knowledgeDir, path.join(root, 'tests/fixtures/profiles')),
  ]);
}, 30_000);
afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('Loading the real base with extra profile files', () => {
  test('gives one base with every entry of both, located as in the knowledge folder', () => {
    expect(both.entries.length).toBeGreaterThan(real.entries.length);
    for (const entry of real.entries) expect(both.byId.has(entry.id)).toBe(true);
    expect(both.byId.get('data-scientist-studies')?.location.file).toBe('knowledge/data-scientist.yaml');
  });

  test('says which profiles the extra files added', () => {
    expect(addedProfiles(real, both)).toEqual(['data-scientist']);
    expect(addedProfiles(real, real)).toEqual([]);
  });

  test('refuses an extra file named like a file of the base, rather than hiding one of them', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'extra-clash-'));
    scratch.push(dir);
    await writeFile(path.join(dir, 'portage-salarial.yaml'), 'entries: []\n');
    await expect(loadKnowledgeWithExtraProfiles(knowledgeDir, dir)).rejects.toThrow(/portage-salarial\.yaml/);
  });
});

describe('Splitting a set on the questions that name an added profile', () => {
  const item = (q: string): EvalItem => ({ q, expect: null, kind: 'unanswerable' });
  const naming = ["C'est quoi un data scientist ?", 'DATA SCIENTIST formation', 'combien gagnent les data scientists ?'];
  const others = ["C'est quoi un développeur back end ?", 'quelles données stocke la base ?', 'la science des données, ça sert à quoi ?'];

  test('puts the questions naming it apart, and keeps all the others in order', () => {
    const split = splitItemsNamingProfiles(both, [...others, ...naming].map(item), ['data-scientist']);
    expect(split.naming.map((i) => i.q)).toEqual(naming);
    expect(split.kept.map((i) => i.q)).toEqual(others);
  });

  test('leaves everything in place when no profile was added', () => {
    const split = splitItemsNamingProfiles(both, naming.map(item), []);
    expect(split.naming).toEqual([]);
    expect(split.kept).toHaveLength(naming.length);
  });
});
