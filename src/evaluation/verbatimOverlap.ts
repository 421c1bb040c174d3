import type { KnowledgeBase } from '../knowledge/types';
import type { EvalItem } from './types';

const fold = (text: string) =>
  text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Items whose question is, once folded (case, accents, punctuation), one of the knowledge
 * base's phrasings. A high count means the set measures recall of copied text, not matching.
 */
export function verbatimItems(kb: KnowledgeBase, items: readonly EvalItem[]): EvalItem[] {
  const phrasings = new Set(kb.entries.flatMap((e) => e.questions.map(fold)));
  return items.filter((item) => phrasings.has(fold(item.q)));
}
