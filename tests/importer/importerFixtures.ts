/** Fixture pages and scratch knowledge folders for the importer's tests (never the real knowledge/ folder). */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';

export const ROOT = path.resolve(__dirname, '..', '..');
export const KNOWLEDGE = path.join(ROOT, 'knowledge');
export const PAGES = path.join(ROOT, 'tests', 'fixtures', 'pages');

export const page = (name: string) => path.join(PAGES, name);
export const readPageText = (name: string) => readFile(page(name), 'utf8');

const scratchDirs: string[] = [];

/** A new empty temporary folder named `knowledge` (messages name files as `knowledge/<file>`). */
export async function scratchKnowledge(): Promise<string> {
  const parent = await mkdtemp(path.join(tmpdir(), 'importer-test-'));
  scratchDirs.push(parent);
  return path.join(parent, 'knowledge');
}

export async function removeScratchDirs(): Promise<void> {
  await Promise.all(scratchDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A copy of the real knowledge base, to import a second profile next to the first. */
export async function copyOfRealKnowledge(): Promise<string> {
  const dir = await scratchKnowledge();
  await cp(KNOWLEDGE, dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}.import`) });
  return dir;
}

/**
 * The shared entries only (portage salarial, synonyms), as a base holds before its first job page
 * is imported: follow-ups to entries of the missing files are dropped so that the folder loads.
 */
export async function sharedOnlyKnowledge(): Promise<string> {
  const dir = await copyOfRealKnowledge();
  const keep = new Set(['portage-salarial.yaml', 'synonyms.yaml']);
  for (const name of await readdir(dir)) if (name.endsWith('.yaml') && !keep.has(name)) await rm(path.join(dir, name));
  const file = path.join(dir, 'portage-salarial.yaml');
  const doc = parseDocument(await readFile(file, 'utf8'));
  const entries = doc.get('entries', true);
  const ids = new Set(isSeq(entries) ? entries.items.map((entry) => (isMap(entry) ? String(entry.get('id')) : '')) : []);
  if (isSeq(entries)) {
    for (const entry of entries.items) {
      const followups = isMap(entry) ? entry.get('followups', true) : undefined;
      if (isSeq(followups)) followups.items = followups.items.filter((item) => ids.has(String((item as { value?: unknown }).value ?? item)));
    }
  }
  await writeFile(file, doc.toString());
  return dir;
}
