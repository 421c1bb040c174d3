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
  /**
   * Present when the knowledge folder was broken at start: the bot answers from the last good base,
   * saved at `savedAt`, until the folder is fixed.
   */
  startedFromSnapshot?: { savedAt: string; reason: string };
}

export function describeKnowledge(kb: KnowledgeBase, lastError?: unknown, snapshot?: { savedAt: string }): KnowledgeHealth {
  const health: KnowledgeHealth = {
    entries: kb.entries.length,
    questions: kb.entries.reduce((sum, entry) => sum + entry.questions.length, 0),
    files: kb.files.length,
    loadedAt: kb.loadedAt.toISOString(),
  };
  if (lastError) health.lastError = lastError instanceof Error ? lastError.message : String(lastError);
  if (snapshot) {
    health.startedFromSnapshot = {
      savedAt: snapshot.savedAt,
      reason: `the knowledge folder did not load at start: answering from the last good base, saved ${snapshot.savedAt}, until it is fixed`,
    };
  }
  return health;
}
