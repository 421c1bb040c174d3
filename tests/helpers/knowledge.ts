import { createAnswerer, type Answerer } from '../../src/answering/answerer';
import { loadKnowledgeBase } from '../../src/knowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';

let loading: Promise<KnowledgeBase> | undefined;

/** The real knowledge base of the repository (`knowledge/`), loaded once per test file. */
export function realKnowledgeBase(): Promise<KnowledgeBase> {
  loading ??= loadKnowledgeBase('knowledge');
  return loading;
}

/** The real answerer over the real knowledge base. */
export async function realAnswerer(): Promise<Answerer> {
  return createAnswerer(await realKnowledgeBase());
}
