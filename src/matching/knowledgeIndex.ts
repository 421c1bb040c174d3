import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import type { TextAnalyzer } from './analyzer';

/** What matching needs to know about one entry, precomputed once per knowledge base. */
export interface IndexedEntry {
  entry: KnowledgeEntry;
  /** Stems of all its questions, title and tags. */
  questionStems: ReadonlySet<string>;
  /** Stems of its answer text (facts a question may name: "Django", "40"). */
  answerStems: ReadonlySet<string>;
  /** Each question's distinct topic stems (discourse words left out). */
  questions: readonly (readonly string[])[];
}

/** Inverted index and word statistics over one knowledge base. */
export interface KnowledgeIndex {
  entries: readonly IndexedEntry[];
  /** stem -> indexes into `entries` that contain it (questions or answer). */
  postings: ReadonlyMap<string, readonly number[]>;
  /** stem -> inverse document frequency (rare words weigh more). */
  idf: ReadonlyMap<string, number>;
  maxIdf: number;
  /** Normalised words of the base (after synonyms): what typos are corrected towards. */
  vocabulary: ReadonlySet<string>;
}

export function buildKnowledgeIndex(kb: KnowledgeBase, analyzer: TextAnalyzer): KnowledgeIndex {
  const vocabulary = new Set<string>();
  const entries: IndexedEntry[] = [];
  const postingSets = new Map<string, number[]>();

  for (const entry of kb.entries) {
    if (entry.contextOnly) continue;
    const questionTexts = [...entry.questions, entry.title];
    const questions = questionTexts.map((text) => distinct(analyzer.terms(text).filter((t) => !t.discourse).map((t) => t.stem)));
    const questionStems = new Set<string>([
      ...questionTexts.flatMap((text) => analyzer.terms(text).map((t) => t.stem)),
      ...entry.tags.flatMap((tag) => analyzer.terms(tag).map((t) => t.stem)),
    ]);
    const answerStems = new Set(analyzer.terms(stripMarkdown(entry.answer)).map((t) => t.stem));
    for (const text of [...questionTexts, ...entry.tags, stripMarkdown(entry.answer)]) {
      for (const word of analyzer.words(text)) vocabulary.add(word);
    }
    const index = entries.length;
    entries.push({ entry, questionStems, answerStems, questions: questions.filter((q) => q.length > 0) });
    for (const s of new Set([...questionStems, ...answerStems])) {
      const list = postingSets.get(s) ?? [];
      list.push(index);
      postingSets.set(s, list);
    }
  }

  const n = entries.length;
  const idf = new Map<string, number>();
  let maxIdf = 0;
  for (const [s, list] of postingSets) {
    const value = Math.log(1 + n / list.length);
    idf.set(s, value);
    maxIdf = Math.max(maxIdf, value);
  }
  return { entries, postings: postingSets, idf, maxIdf: maxIdf || 1, vocabulary };
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/** Markdown syntax is not content: "**Django**" and "[AWS](...)" should index as words. */
export function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[*_`#>[\]|-]+/g, ' ');
}
