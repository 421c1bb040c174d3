/**
 * The sidecar `knowledge/.import/<profile>.json`: what the last import wrote for each entry
 * (hash of the entry as written, hash of the page text behind it, the heading it came from).
 * It is how a re-import tells a person's edit from the importer's own text.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ImportError, importMessages } from './importErrors';
import type { EntryPart } from './types';

export const STATE_DIR = '.import';
const STATE_VERSION = 1;

export interface EntryRecord {
  id: string;
  part: EntryPart;
  /** The page heading or question the entry was made from. */
  heading: string;
  /** `entryHash` of the entry as the importer wrote it. */
  imported: string;
  /** Hash of the page text the entry was made from. */
  page: string;
}

export interface ImportState {
  version: number;
  profile: string;
  page: { file: string; title: string; updated?: string };
  entries: EntryRecord[];
}

export function statePath(dir: string, profile: string): string {
  return path.join(dir, STATE_DIR, `${profile}.json`);
}

/** The state of the last import, or `undefined` when there was none. */
export async function readImportState(file: string): Promise<ImportState | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ImportError(importMessages.brokenSidecar(file, (error as Error).message));
  }
  try {
    const state = JSON.parse(text) as ImportState;
    if (state.version !== STATE_VERSION || !Array.isArray(state.entries)) throw new Error(`unknown format, version ${String(state.version)}`);
    return state;
  } catch (error) {
    throw new ImportError(importMessages.brokenSidecar(file, (error as Error).message));
  }
}

export function newState(profile: string, page: ImportState['page'], entries: EntryRecord[]): ImportState {
  return { version: STATE_VERSION, profile, page, entries };
}

/** Writes through a temporary name so that a reader never sees half a file. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, file);
}

export async function writeImportState(file: string, state: ImportState): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
}
