import Fuse, { type IFuseOptions } from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/types';
import type { Prediction, SystemUnderTest } from './types';

/** One searchable phrasing of an entry. */
interface QuestionDoc {
  text: string;
  entryId: string;
}

/**
 * What a first attempt with Fuse.js looks like: its default threshold (0.6), accents ignored,
 * no normalisation, no synonyms, no stemming. The baseline our matcher must beat.
 */
export const NAIVE_FUSE_OPTIONS: Readonly<IFuseOptions<QuestionDoc>> = Object.freeze({
  keys: ['text'],
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.6,
});

/**
 * Best-hit Fuse score (0 = perfect, 1 = no match) at or below which the baseline answers.
 * Equal to the search threshold: the usual "take the first hit" approach, and the fairest one
 * measured here (a stricter cut-off only refuses more: 0.4 gives H 39 on the dev set, 0.6 gives 65).
 * Fuse's final score also weighs field length, so a few hits land slightly above and are refused.
 */
export const NAIVE_FUSE_CUTOFF = 0.6;

/** How many distinct entries the baseline offers when it does not answer. */
const SUGGESTIONS = 3;

/** A plain Fuse.js index over every question of every entry reachable from free text. */
export function naiveFuseBaseline(kb: KnowledgeBase, cutoff = NAIVE_FUSE_CUTOFF): SystemUnderTest {
  const docs: QuestionDoc[] = kb.entries
    .filter((entry) => !entry.contextOnly)
    .flatMap((entry) => entry.questions.map((text) => ({ text, entryId: entry.id })));
  const fuse = new Fuse(docs, NAIVE_FUSE_OPTIONS);
  const realAnswer = (id: string) => kb.byId.get(id)?.kind !== 'not-available';

  return {
    name: 'naive Fuse.js',
    predict(question): Prediction {
      const hits = fuse.search(question);
      const best = hits[0];
      const bestId = best?.item.entryId ?? null;
      const score = best?.score;
      if (best && score !== undefined && score <= cutoff && realAnswer(best.item.entryId)) {
        return { answerId: best.item.entryId, suggestionIds: [], bestId, score };
      }
      const suggestionIds = [...new Set(hits.map((h) => h.item.entryId))].filter(realAnswer).slice(0, SUGGESTIONS);
      return { answerId: null, suggestionIds, bestId, score };
    },
  };
}
