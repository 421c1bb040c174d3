import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase } from '../../src/knowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { loadKnowledgeWithExtraProfiles } from '../../src/evaluation/extraProfiles';

export const ROOT = path.resolve(__dirname, '../..');
export const KNOWLEDGE_DIR = path.join(ROOT, 'knowledge');
export const PROFILES_DIR = path.join(ROOT, 'tests/fixtures/profiles');
const FIXTURE_FILE = 'data-scientist.yaml';

let real: Promise<KnowledgeBase> | undefined;
let both: Promise<KnowledgeBase> | undefined;

/** The repository's knowledge base alone (one job profile). */
export function realBase(): Promise<KnowledgeBase> {
  real ??= loadKnowledgeBase(KNOWLEDGE_DIR);
  return real;
}

/** The real base plus the invented second profile, "Data scientist". */
export function baseWithDataScientist(): Promise<KnowledgeBase> {
  both ??= loadKnowledgeWithExtraProfiles(KNOWLEDGE_DIR, PROFILES_DIR);
  return both;
}

/**
 * The real base plus the data scientist profile in which one entry is still `draft: true`,
 * as after a re-import added it and before a person reviewed it.
 */
export async function baseWithDraftEntry(draftId: string): Promise<KnowledgeBase> {
  const text = await readFile(path.join(PROFILES_DIR, FIXTURE_FILE), 'utf8');
  const start = text.indexOf(`- id: ${draftId}\n`);
  const flag = text.indexOf('draft: false', start);
  const next = text.indexOf('- id: ', start + 1);
  if (start < 0 || flag < 0 || (next >= 0 && flag > next)) throw new Error(`no reviewed entry ${draftId} in ${FIXTURE_FILE}`);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'answering-draft-'));
  try {
    const dir = path.join(tmp, 'profiles');
    await mkdir(dir);
    await writeFile(path.join(dir, FIXTURE_FILE), `${text.slice(0, flag)}draft: true${text.slice(flag + 'draft: false'.length)}`);
    return await loadKnowledgeWithExtraProfiles(KNOWLEDGE_DIR, dir);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
