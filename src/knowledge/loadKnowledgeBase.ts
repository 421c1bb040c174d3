import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDuplicateIds, checkEmptyTexts, checkFollowups, checkSharedQuestions, checkSynonyms, type IdLocation } from './crossChecks';
import { checkEntryContent } from './entryChecks';
import { messages } from './errorMessages';
import { expandProfilePlaceholder, listProfiles } from './profiles';
import { KnowledgeBaseError } from './KnowledgeBaseError';
import { parseYamlFile } from './parseYamlFile';
import type { KnowledgeBase, KnowledgeEntry, KnowledgeIssue, SynonymRule } from './types';
import { validateKnowledgeFile } from './validateKnowledgeFile';
import { validateSynonymsFile } from './validateSynonymsFile';

/** The one file of the folder that holds synonym rules rather than entries. */
export const SYNONYMS_FILE = 'synonyms.yaml';

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

async function listYamlFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true }))
      .filter((item) => item.isFile() && isYaml(item.name))
      .map((item) => item.name)
      .sort();
  } catch {
    throw new KnowledgeBaseError([{ file: dir, message: messages.folderMissing(dir) }]);
  }
}

/**
 * Loads and validates every `*.yaml`/`*.yml` of `dir` (entries) and `synonyms.yaml` (synonym rules).
 * All problems of all files are collected, then thrown together as a `KnowledgeBaseError`:
 * an invalid base never half-loads. Warnings do not stop loading; they are kept in `warnings`.
 *
 * Files are named `<folder name>/<file>` in messages and locations, e.g. `knowledge/portage-salarial.yaml`.
 *
 * @example const kb = await loadKnowledgeBase('knowledge'); kb.byId.get('back-end-missions')
 */
export async function loadKnowledgeBase(dir: string): Promise<KnowledgeBase> {
  const names = await listYamlFiles(dir);
  const display = (name: string) => `${path.basename(path.resolve(dir))}/${name}`;
  const issues: KnowledgeIssue[] = [];
  const entries: KnowledgeEntry[] = [];
  const ids: IdLocation[] = [];
  let synonyms: SynonymRule[] = [];
  let someIdsUnknown = false;

  if (!names.some((name) => name !== SYNONYMS_FILE)) issues.push({ file: dir, message: messages.noKnowledgeFiles(dir) });

  for (const name of names) {
    const file = display(name);
    let text: string;
    try {
      text = await readFile(path.join(dir, name), 'utf8');
    } catch (error) {
      issues.push({ file, message: messages.fileUnreadable((error as Error).message) });
      someIdsUnknown = true;
      continue;
    }
    const parsed = parseYamlFile(file, text);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      someIdsUnknown = name !== SYNONYMS_FILE || someIdsUnknown;
      continue;
    }
    if (name === SYNONYMS_FILE) {
      const result = validateSynonymsFile(parsed.parsed);
      if (result.ok) synonyms = result.rules;
      else issues.push(...result.issues);
      continue;
    }
    const result = validateKnowledgeFile(parsed.parsed);
    if (!result.ok) {
      issues.push(...result.issues);
      ids.push(...result.declaredIds);
      continue;
    }
    result.entries.forEach((entry, index) => {
      issues.push(...checkEntryContent(parsed.parsed, entry, index));
      ids.push({ id: entry.id, ...entry.location });
    });
    entries.push(...result.entries);
  }

  issues.push(...checkDuplicateIds(ids));
  // When a file could not be read at all, its ids are unknown: a follow-up to them is not proven wrong.
  if (!someIdsUnknown) issues.push(...checkFollowups(entries, new Set(ids.map((item) => item.id))));
  issues.push(...checkEmptyTexts(entries), ...checkSharedQuestions(entries), ...checkSynonyms(synonyms));

  // Reading order: by file, then by line.
  issues.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  if (issues.some((issue) => issue.severity !== 'warning')) throw new KnowledgeBaseError(issues);

  const profiles = listProfiles(entries);
  const expanded = expandProfilePlaceholder(entries, profiles);
  return Object.freeze({
    entries: Object.freeze(expanded),
    profiles: Object.freeze(profiles),
    byId: new Map(expanded.map((entry) => [entry.id, entry])),
    synonyms: Object.freeze(synonyms),
    files: Object.freeze(names),
    loadedAt: new Date(),
    warnings: Object.freeze(issues),
  });
}
