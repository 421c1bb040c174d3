import type { KnowledgeBase } from '../knowledge/types';

/** The knowledge part of `GET /healthz`. */
export interface KnowledgeHealth {
  entries: number;
  questions: number;
  files: number;
  /** When the base in use was loaded (ISO 8601). */
  loadedAt: string;
  /** Why the last reload failed; the previous base stays in use meanwhile. */
  lastError?: string;
}

export function describeKnowledge(kb: KnowledgeBase, lastError?: unknown): KnowledgeHealth {
  const health: KnowledgeHealth = {
    entries: kb.entries.length,
    questions: kb.entries.reduce((sum, entry) => sum + entry.questions.length, 0),
    files: kb.files.length,
    loadedAt: kb.loadedAt.toISOString(),
  };
  if (lastError) health.lastError = lastError instanceof Error ? lastError.message : String(lastError);
  return health;
}
