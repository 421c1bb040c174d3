import type { KnowledgeBase } from '../knowledge/types';
import { TextAnalyzer } from '../matching/analyzer';
import { normalize } from '../matching/normalize';

/**
 * The content words of a question as stems, through the matcher's own pipeline (normalisation,
 * synonyms, stop words, stemming): "Combien coûte le portage ?" and "le portage, ça coûte combien"
 * give the same set.
 */
export function createQuestionTerms(kb: KnowledgeBase): (question: string) => ReadonlySet<string> {
  const analyzer = new TextAnalyzer(kb.synonyms);
  return (question) => {
    const stems = analyzer.terms(question).filter((term) => !term.discourse).map((term) => term.stem);
    // Questions made only of grammatical words ("et toi ?") still need something to compare.
    return new Set(stems.length > 0 ? stems : analyzer.terms(question, { keepStopWords: true }).map((term) => term.stem));
  };
}

/** The key under which two phrasings count as the same text. */
export const phrasingKey = normalize;

/** Dice coefficient of two stem sets: 1 for the same words, 0 for none in common. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return (2 * shared) / (a.size + b.size);
}
