import type { KnowledgeBase } from '../knowledge/types';
import { foldForLookup } from '../text/fold';
import type { EvalItem } from './types';


/**
 * Items whose question is, once folded (case, accents, punctuation), one of the knowledge
 * base's phrasings. A high count means the set measures recall of copied text, not matching.
 */
export function verbatimItems(kb: KnowledgeBase, items: readonly EvalItem[]): EvalItem[] {
  const phrasings = new Set(kb.entries.flatMap((e) => e.questions.map(foldForLookup)));
  return items.filter((item) => phrasings.has(foldForLookup(item.q)));
}
