/**
 * The entries already in the knowledge folder, read loosely (a broken file is skipped here;
 * the validation after writing reports it): ids to avoid, questions not to repeat,
 * shared entries that may already answer a page's question.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { SYNONYMS_FILE } from '../knowledge/loadKnowledgeBase';

export interface BaseEntry {
  id: string;
  questions: string[];
  /** The entry's profile (its own or its file's); absent for shared entries. */
  profile?: string;
  file: string;
}

interface LooseFile {
  profile?: unknown;
  entries?: unknown;
}

function entriesOf(file: string, data: LooseFile): BaseEntry[] {
  if (!Array.isArray(data.entries)) return [];
  const fileProfile = typeof data.profile === 'string' ? data.profile : undefined;
  return data.entries.flatMap((raw: unknown): BaseEntry[] => {
    if (!raw || typeof raw !== 'object') return [];
    const entry = raw as { id?: unknown; questions?: unknown; profile?: unknown };
    if (typeof entry.id !== 'string') return [];
    const questions = Array.isArray(entry.questions) ? entry.questions.filter((q): q is string => typeof q === 'string') : [];
    const profile = typeof entry.profile === 'string' ? entry.profile : fileProfile;
    return [{ id: entry.id, questions, file, ...(profile !== undefined && { profile }) }];
  });
}

/** Entries of every knowledge file of `dir` except `exclude` (the file being imported). A missing folder is an empty base. */
export async function readBaseEntries(dir: string, exclude: string): Promise<BaseEntry[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/i.test(name) && name !== SYNONYMS_FILE && name !== exclude).sort();
  } catch {
    return [];
  }
  const all: BaseEntry[] = [];
  for (const name of names) {
    try {
      const data = parse(await readFile(path.join(dir, name), 'utf8')) as LooseFile | null;
      if (data && typeof data === 'object') all.push(...entriesOf(name, data));
    } catch {
      // Unreadable or invalid YAML: the validation of the whole folder will name it.
    }
  }
  return all;
}
