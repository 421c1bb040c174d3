/**
 * Checks a draft the way the bot will load it, before anything is written: the knowledge files are
 * copied to a temporary folder with the draft beside them and loaded. Problems come in French, as
 * `kb:check` prints them (the page importer's own check, src/importer/validateDraft.ts, speaks English).
 */
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatIssueIn, KnowledgeBaseError, loadKnowledgeBase } from '../knowledge';

export async function checkDraft(dir: string, fileName: string, text: string): Promise<{ problems: string[]; warnings: string[] }> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'kb-import-qna-'));
  // Same folder name as the real one, so that messages name the files as staff know them.
  const copy = path.join(scratch, path.basename(path.resolve(dir)));
  try {
    await mkdir(copy);
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (/\.ya?ml$/i.test(name) && name !== fileName) await copyFile(path.join(dir, name), path.join(copy, name));
    }
    await writeFile(path.join(copy, fileName), text, 'utf8');
    const kb = await loadKnowledgeBase(copy);
    return { problems: [], warnings: (kb.warnings ?? []).map((issue) => formatIssueIn(issue, 'fr')) };
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    const french = (severity: 'error' | 'warning') =>
      error.issues.filter((issue) => (issue.severity === 'warning') === (severity === 'warning')).map((issue) => formatIssueIn(issue, 'fr'));
    return { problems: french('error'), warnings: french('warning') };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
