import type { KnowledgeEntry } from '../knowledge/types';

/** An entry with its score in [0, 1] for a given question (1 = certain). */
export interface ScoredEntry {
  entry: KnowledgeEntry;
  score: number;
}
