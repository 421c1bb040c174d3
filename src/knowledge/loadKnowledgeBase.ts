import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDuplicateIds, checkEmptyTexts, checkFollowups, checkSharedQuestions, checkSynonyms, type IdLocation } from './crossChecks';
import { checkEntryContent } from './entryChecks';
import { messages } from './errorMessages';
import { expandProfilePlaceholder, listProfiles } from './profiles';
import { KnowledgeBaseError } from './KnowledgeBaseError';
import { knowledgeCacheKey } from './knowledgeCache';
import { parseYamlFile } from './parseYamlFile';
import type { KnowledgeBase, KnowledgeEntry, KnowledgeIssue, SynonymRule } from './types';
import { validateKnowledgeFile } from './validateKnowledgeFile';
import { validateSynonymsFile } from './validateSynonymsFile';
import { lineOf } from './yamlLocation';

/** The one file of the folder that holds synonym rules rather than entries. */
export const SYNONYMS_FILE = 'synonyms.yaml';

/** A knowledge file holds short answers: anything bigger is a mistake (or an attack), refused before parsing. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

type ReadResult = { ok: true; text: string; bytes: Buffer } | { ok: false; issue: KnowledgeIssue };

/** Reads a file as UTF-8, refusing a file too large or saved in another encoding (Latin-1, Windows-1252…). */
async function readText(fullPath: string, file: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(fullPath);
  } catch (error) {
    return { ok: false, issue: { file, ...messages.fileUnreadable((error as Error).message) } };
  }
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, issue: { file, ...messages.fileTooLarge(bytes.length, MAX_FILE_BYTES) } };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const bad = loose.indexOf('\uFFFD');
    const line = loose.slice(0, Math.max(0, bad)).split('\n').length;
    return { ok: false, issue: { file, line, ...messages.notUtf8() } };
  }
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

async function listYamlFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true }))
      .filter((item) => item.isFile() && isYaml(item.name))
      .map((item) => item.name)
      .sort();
  } catch {
    throw new KnowledgeBaseError([{ file: dir, ...messages.folderMissing(dir) }]);
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
export interface LoadKnowledgeOptions {
  /**
   * A base loaded before (`knowledgeCache.ts`) and its key: returned as it is, without parsing nor checking
   * the files again, when the files read now and the loader give the same key.
   */
  cached?: { key: string; base: Pick<KnowledgeBase, 'entries' | 'profiles' | 'synonyms' | 'files' | 'warnings' | 'contentHash'> };
}

/** The names and bytes of the files, as read: the same hash means the same base. */
function hashFiles(names: readonly string[], reads: readonly ReadResult[]): string | undefined {
  const hash = createHash('sha256');
  for (const [i, read] of reads.entries()) {
    if (!read.ok) return undefined;
    hash.update(names[i]).update('\0').update(read.bytes).update('\0');
  }
  return hash.digest('hex');
}

/**
 * `contentHash` of the files `names` of `dir` as they are now (undefined when one cannot be read): the same as
 * the base's means the same bytes, so the same base.
 */
export async function hashKnowledgeFiles(dir: string, names: readonly string[]): Promise<string | undefined> {
  const reads: ReadResult[] = [];
  for (const name of names) reads.push(await readText(path.join(dir, name), name));
  return hashFiles(names, reads);
}

/** The base as every load returns it: frozen, with its index by id. */
function finishBase(parts: Pick<KnowledgeBase, 'entries' | 'profiles' | 'synonyms' | 'files' | 'warnings' | 'contentHash'>): KnowledgeBase {
  return Object.freeze({
    entries: Object.freeze(parts.entries),
    profiles: Object.freeze(parts.profiles ?? []),
    byId: new Map(parts.entries.map((entry) => [entry.id, entry])),
    synonyms: Object.freeze(parts.synonyms),
    files: Object.freeze(parts.files),
    loadedAt: new Date(),
    warnings: Object.freeze(parts.warnings ?? []),
    ...(parts.contentHash !== undefined && { contentHash: parts.contentHash }),
  });
}

export async function loadKnowledgeBase(dir: string, options: LoadKnowledgeOptions = {}): Promise<KnowledgeBase> {
  const names = await listYamlFiles(dir);
  const display = (name: string) => `${path.basename(path.resolve(dir))}/${name}`;
  const reads: ReadResult[] = [];
  for (const name of names) reads.push(await readText(path.join(dir, name), display(name)));
  const contentHash = hashFiles(names, reads);
  const { cached } = options;
  if (contentHash !== undefined && cached && cached.base.contentHash === contentHash && cached.key === knowledgeCacheKey(dir, contentHash)) {
    return finishBase(cached.base);
  }
  const issues: KnowledgeIssue[] = [];
  const entries: KnowledgeEntry[] = [];
  const ids: IdLocation[] = [];
  let synonyms: SynonymRule[] = [];
  let someIdsUnknown = false;
  const questionLines = new Map<KnowledgeEntry, number[]>();

  if (!names.some((name) => name !== SYNONYMS_FILE)) issues.push({ file: dir, ...messages.noKnowledgeFiles(dir) });

  for (const [i, name] of names.entries()) {
    const file = display(name);
    const read = reads[i];
    if (!read.ok) {
      issues.push(read.issue);
      someIdsUnknown = true;
      continue;
    }
    const text = read.text;
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
      questionLines.set(entry, entry.questions.map((_q, q) => lineOf(parsed.parsed, ['entries', index, 'questions', q])));
    });
    entries.push(...result.entries);
  }

  issues.push(...checkDuplicateIds(ids));
  // When a file could not be read at all, its ids are unknown: a follow-up to them is not proven wrong.
  if (!someIdsUnknown) issues.push(...checkFollowups(entries, new Set(ids.map((item) => item.id))));
  issues.push(...checkEmptyTexts(entries), ...checkSharedQuestions(entries, questionLines), ...checkSynonyms(synonyms));

  // Reading order: by file, then by line.
  issues.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  if (issues.some((issue) => issue.severity !== 'warning')) throw new KnowledgeBaseError(issues);

  const profiles = listProfiles(entries);
  const expanded = expandProfilePlaceholder(entries, profiles);
  return finishBase({ entries: expanded, profiles, synonyms, files: names, warnings: issues, ...(contentHash !== undefined && { contentHash }) });
}
