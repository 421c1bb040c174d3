import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import type { TextAnalyzer, Term } from './analyzer';

/** Stems of a question with their weights in the echo (see scoreEntry), and the weights' sum. */
export interface WeightedStems {
  stems: readonly string[];
  weights: readonly number[];
  total: number;
}

/** One question of an entry: its topic words, and all its words (for questions of function words only). */
export interface IndexedQuestion {
  topic: WeightedStems;
  all: WeightedStems;
}

/** What matching needs to know about one entry, precomputed once per knowledge base. */
export interface IndexedEntry {
  entry: KnowledgeEntry;
  /** Stems of all its questions, title and tags (function words included). */
  questionStems: ReadonlySet<string>;
  /** Stems of its answer text (facts a question may name: "Django", "40"). */
  answerStems: ReadonlySet<string>;
  questions: IndexedQuestion[];
}

/** Inverted index and word statistics over one knowledge base. */
export interface KnowledgeIndex {
  entries: readonly IndexedEntry[];
  /** stem -> entries having it in their questions, title or tags. */
  questionPostings: ReadonlyMap<string, readonly number[]>;
  /** stem -> entries having it in their answer only. */
  answerOnlyPostings: ReadonlyMap<string, readonly number[]>;
  /** stem -> inverse document frequency (rare words weigh more). */
  idf: ReadonlyMap<string, number>;
  maxIdf: number;
  /** Normalised words of the base and of the synonym rules: what typos are corrected towards. */
  vocabulary: ReadonlySet<string>;
}

export interface IndexOptions {
  /** Match entries still marked `draft: true`. */
  includeDrafts: boolean;
  /** Least weight of a question's word in the echo, so that common words ("developpeur") still count. */
  echoMinWeight: number;
}

export function buildKnowledgeIndex(kb: KnowledgeBase, analyzer: TextAnalyzer, options: IndexOptions): KnowledgeIndex {
  const textWords = new Set<string>();
  const entries: IndexedEntry[] = [];
  // stem -> number of entries holding it (questions or answer), for its weight.
  const documentFrequency = new Map<string, number>();
  const questionPostings = new Map<string, number[]>();
  const answerOnlyPostings = new Map<string, number[]>();
  const questionStemLists: { topic: string[]; all: string[] }[][] = [];
  const analyze = (text: string): Term[] => analyzer.terms(text, { keepStopWords: true });

  // The base's own words are read literally by synonyms, here and in questions alike.
  for (const entry of kb.entries) {
    for (const text of [...entry.questions, entry.title, ...entry.tags, stripMarkdown(entry.answer)]) {
      for (const word of analyzer.rawWords(text)) textWords.add(word);
    }
  }
  analyzer.setLiteralWords(textWords);

  for (const entry of kb.entries) {
    // Context-only entries are reached by id only; drafts wait for a person's review.
    if (entry.contextOnly || (entry.draft && !options.includeDrafts)) continue;
    const questionTexts = [...entry.questions, entry.title];
    const answerText = stripMarkdown(entry.answer);
    const analyzed = questionTexts.map(analyze);
    const questions = analyzed.map((terms) => ({
      topic: distinct(terms.filter((t) => !t.discourse && !t.functionWord).map((t) => t.stem)),
      all: distinct(terms.map((t) => t.stem)),
    }));
    questionStemLists.push(questions.filter((q) => q.all.length > 0));
    const questionStems = new Set([...analyzed.flat(), ...entry.tags.flatMap(analyze)].map((t) => t.stem));
    const answerStems = new Set(analyzer.terms(answerText).map((t) => t.stem));
    const index = entries.length;
    entries.push({ entry, questionStems, answerStems, questions: [] });
    for (const s of new Set([...questionStems, ...answerStems])) {
      documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
      addPosting(questionStems.has(s) ? questionPostings : answerOnlyPostings, s, index);
    }
  }

  const n = entries.length;
  const idf = new Map<string, number>();
  let maxIdf = 0;
  for (const [s, count] of documentFrequency) {
    const value = Math.log(1 + n / count);
    idf.set(s, value);
    maxIdf = Math.max(maxIdf, value);
  }
  // Question weights need the word statistics of the whole base: filled in once these are known.
  const weigh = (stems: string[]): WeightedStems => {
    const weights = stems.map((s) => Math.max(idf.get(s) ?? 0, options.echoMinWeight));
    return { stems, weights, total: weights.reduce((sum, w) => sum + w, 0) };
  };
  entries.forEach((indexed, i) => {
    indexed.questions = questionStemLists[i].map((q) => ({ topic: weigh(q.topic), all: weigh(q.all) }));
  });
  const vocabulary = new Set([...analyzer.synonymWords, ...textWords]);
  return { entries, questionPostings, answerOnlyPostings, idf, maxIdf: maxIdf || 1, vocabulary };
}

function addPosting(postings: Map<string, number[]>, stem: string, entry: number): void {
  const list = postings.get(stem);
  if (list) list.push(entry);
  else postings.set(stem, [entry]);
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/** Markdown syntax is not content: "**Django**" and "[AWS](...)" should index as words. */
export function stripMarkdown(markdown: string): string {
  return markdown.replace(/\]\([^)]*\)/g, ']').replace(/[*_`#>[\]|]+/g, ' ');
}
