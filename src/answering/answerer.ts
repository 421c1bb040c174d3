import type { KnowledgeBase } from '../knowledge/types';
import type { Decision } from './types';

/** Options of a single question. */
export interface AskOptions {
  /** How many answers/suggestions to return at most (default 3). */
  top?: number;
  /** Restrict to one job profile (shared entries always stay eligible). */
  profile?: string;
}

/** Turns a free-text question into a decision over one knowledge base. Pure, synchronous. */
export interface Answerer {
  readonly knowledgeBase: KnowledgeBase;
  ask(question: string, options?: AskOptions): Decision;
}

/**
 * TEMPORARY placeholder (replaced by the real matcher): counts shared words with each question.
 * Kept honest: it answers only on a clear overlap and falls back otherwise.
 */
export function createAnswerer(knowledgeBase: KnowledgeBase): Answerer {
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 3),
    );
  return {
    knowledgeBase,
    ask(question, options = {}) {
      const top = options.top ?? 3;
      const q = words(question);
      const scored = knowledgeBase.entries
        .filter((entry) => !entry.contextOnly)
        .map((entry) => {
          const best = Math.max(
            ...entry.questions.map((text) => {
              const w = words(text);
              let common = 0;
              for (const x of q) if (w.has(x)) common++;
              return q.size === 0 ? 0 : common / Math.max(q.size, w.size);
            }),
          );
          return { entry, score: best };
        })
        .sort((a, b) => b.score - a.score);
      const best = scored[0];
      if (best && best.score >= 0.6) {
        return { kind: 'answer', question, answers: scored.slice(0, 1), suggestions: [] };
      }
      const suggestions = scored.filter((s) => s.score >= 0.3).slice(0, top);
      return { kind: suggestions.length ? 'suggest' : 'fallback', question, answers: [], suggestions };
    },
  };
}
