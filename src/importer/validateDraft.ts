/**
 * Checks the draft the way the bot will load it, before anything is written: the whole folder is
 * copied to a temporary place with the new draft in it and loaded with `loadKnowledgeBase`.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatIssue, KnowledgeBaseError, loadKnowledgeBase } from '../knowledge';

export interface DraftValidation {
  ok: boolean;
  /** `file:line: message` lines that stop the import. */
  problems: string[];
  warnings: string[];
}

export async function validateDraft(dir: string, fileName: string, text: string): Promise<DraftValidation> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'kb-import-'));
  // Same folder name as the real one, so that messages name the files as the user knows them.
  const copy = path.join(scratch, path.basename(path.resolve(dir)));
  try {
    await mkdir(copy);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (/\.ya?ml$/i.test(name) && name !== fileName) await copyFile(path.join(dir, name), path.join(copy, name));
    }
    await writeFile(path.join(copy, fileName), text, 'utf8');
    const kb = await loadKnowledgeBase(copy);
    return { ok: true, problems: [], warnings: (kb.warnings ?? []).map(formatIssue) };
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    const problems = error.issues.filter((issue) => issue.severity !== 'warning').map(formatIssue);
    const warnings = error.issues.filter((issue) => issue.severity === 'warning').map(formatIssue);
    return { ok: false, problems, warnings };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
