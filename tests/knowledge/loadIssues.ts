import path from 'node:path';
import { KnowledgeBaseError, loadKnowledgeBase, type KnowledgeIssue } from '../../src/knowledge';

export const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);

/** Loads a folder that must fail and returns the problems it reports (errors only). */
export async function loadErrors(dir: string): Promise<KnowledgeIssue[]> {
  try {
    await loadKnowledgeBase(dir);
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.issues.filter((issue) => issue.severity !== 'warning');
    throw error;
  }
  throw new Error(`expected ${dir} to be rejected, but it loaded`);
}
