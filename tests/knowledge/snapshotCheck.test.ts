import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as loader from '../../src/knowledge/loadKnowledgeBase';
import { saveKnowledgeSnapshot } from '../../src/knowledge/knowledgeSnapshot';

// Counts full loads: a snapshot of the very bytes that loaded needs none.
vi.mock('../../src/knowledge/loadKnowledgeBase', async (original) => {
  const actual = await original<typeof import('../../src/knowledge/loadKnowledgeBase')>();
  return { ...actual, loadKnowledgeBase: vi.fn(actual.loadKnowledgeBase) };
});

const root = path.join(__dirname, '..', '..');
let scratch: string;
let knowledgeDir: string;
let snapshotDir: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'snapshot-check-'));
  knowledgeDir = path.join(scratch, 'knowledge');
  snapshotDir = path.join(scratch, 'data', 'knowledge-last-good');
  await cp(path.join(root, 'knowledge'), knowledgeDir, { recursive: true });
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('Saving the last good base', () => {
  test('a copy of the very bytes that loaded is saved without loading it again', async () => {
    const kb = await loader.loadKnowledgeBase(knowledgeDir);
    vi.mocked(loader.loadKnowledgeBase).mockClear();
    await saveKnowledgeSnapshot(kb, knowledgeDir, snapshotDir);
    expect(loader.loadKnowledgeBase).not.toHaveBeenCalled();
    expect((await readdir(snapshotDir)).sort()).toEqual([...kb.files, 'snapshot.json'].sort());
  });

  test('a file broken between the load and the copy is caught by loading the copy: nothing replaces the snapshot', async () => {
    const kb = await loader.loadKnowledgeBase(knowledgeDir);
    await writeFile(path.join(knowledgeDir, kb.files[0]), 'entries:\n  - id: [broken\n');
    vi.mocked(loader.loadKnowledgeBase).mockClear();
    await expect(saveKnowledgeSnapshot(kb, knowledgeDir, snapshotDir)).rejects.toThrow();
    expect(loader.loadKnowledgeBase).toHaveBeenCalledTimes(1);
    expect(await readdir(snapshotDir).catch(() => [])).toEqual([]);
  });
});
