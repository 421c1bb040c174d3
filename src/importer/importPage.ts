/**
 * One import, start to end: read the page, build the entries it proposes, merge them into the
 * draft file (keeping what people edited), check the result loads, then write it with its sidecar.
 * Nothing is written when the check fails or on a dry run.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { readBaseEntries } from './baseEntries';
import { buildDraft } from './buildDraft';
import { STRINGIFY_OPTIONS } from './draftYaml';
import { entryHash } from './hash';
import { ImportError, importMessages } from './importErrors';
import { newState, readImportState, statePath, writeFileAtomic, writeImportState, type EntryRecord } from './importState';
import { mergeDraft } from './mergeDraft';
import { readPage } from './readPage';
import { jobNameFromTitle } from './jobTitle';
import { isKebabCase, slugify } from './slug';
import type { ImportReport } from './types';
import { validateDraft } from './validateDraft';

export interface ImportOptions {
  /** The saved page, `.html` or `.txt`. */
  page: string;
  /** Knowledge folder to write the draft into (default `knowledge`). */
  outDir?: string;
  /** Profile id (default: slug of the page's title); also the draft's file name. */
  profile?: string;
  /** Report what would change without writing anything. */
  dryRun?: boolean;
}

export const DEFAULT_OUT_DIR = 'knowledge';

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A path as the user would type it: relative to the working directory when inside it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export async function importPage(options: ImportOptions): Promise<ImportReport> {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const page = await readPage(options.page);
  const profile = options.profile ?? slugify(jobNameFromTitle(page.title));
  if (!isKebabCase(profile)) throw new ImportError(importMessages.badProfile(profile));

  const fileName = `${profile}.yaml`;
  const target = path.join(outDir, fileName);
  const sidecar = statePath(outDir, profile);
  const existing = await readIfExists(target);
  const state = await readImportState(sidecar);
  if (existing !== undefined && !state) throw new ImportError(importMessages.notImported(shown(target), shown(sidecar)));
  const doc = existing !== undefined ? parseDocument(existing) : undefined;
  if (doc && doc.errors.length > 0) throw new ImportError(importMessages.brokenTarget(shown(target), doc.errors[0].message.split('\n')[0]));

  const base = await readBaseEntries(outDir, fileName);
  const plan = buildDraft(page, { profile, base });
  const merged = mergeDraft({ plan, doc, state, reservedIds: new Set(base.map((entry) => entry.id)), target, pageFile: options.page });
  const text = merged.doc.toString(STRINGIFY_OPTIONS);

  // The sidecar remembers each entry exactly as it reads back from the file.
  const written = new Map<string, Record<string, unknown>>();
  for (const entry of (parseDocument(text).toJS() as { entries?: Record<string, unknown>[] }).entries ?? []) written.set(String(entry.id), entry);
  const records: EntryRecord[] = merged.records.map((pending) =>
    'keep' in pending ? pending.keep : { ...pending.fresh, imported: entryHash(written.get(pending.fresh.id) ?? {}) },
  );

  const validation = await validateDraft(outDir, fileName, text);
  const upToDate = existing === text;
  const write = validation.ok && !options.dryRun && !upToDate;
  if (write) {
    await writeFileAtomic(target, text);
    await writeImportState(sidecar, newState(profile, { file: path.basename(options.page), title: page.title, ...(page.updated && { updated: page.updated }) }, records));
  }

  return {
    page: { file: shown(options.page), format: page.format, title: page.title, ...(page.updated && { updated: page.updated }) },
    profile,
    target: shown(target),
    written: write,
    upToDate: validation.ok && upToDate,
    dryRun: options.dryRun ?? false,
    changes: merged.changes,
    covered: plan.covered,
    noise: page.noise,
    notes: page.notes,
    problems: validation.problems,
    warnings: validation.warnings,
  };
}
