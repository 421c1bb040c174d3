import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import type { TextAnalyzer, Term } from './analyzer';
import { everydayRank } from './everydayWords';
import { indexedTags } from '../knowledge/pairedTopics';

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
  /** stem -> credit of the word for each entry of `questionPostings` (same order), in (0, 1]. */
  questionCredits: ReadonlyMap<string, readonly number[]>;
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
  incidental: IncidentalOptions;
}

/** When a word of an entry's questions is incidental phrasing rather than its topic. */
export interface IncidentalOptions {
  /** An everyday French word (at most this rank among the commonest words)... */
  everydayUpToRank: number;
  /** ...found in one question only of an entry (not in its title or tags) gets this credit. */
  credit: number;
  /** Credit of a word found in the answer text (see MatchingOptions.answerTextCredit). */
  answerCredit: number;
}

/**
 * Credit of each question word of one entry. An everyday word that only one phrasing uses
 * ("temps" in "...deux activités en même temps ?") says little about what the entry is about:
 * it must not make "Quel temps fera-t-il demain ?" a match. Words of several phrasings, of the
 * title or tags, and rare words ("esthétique") keep full credit.
 */
function incidentalCredits(questions: ReadonlyArray<readonly Term[]>, titleAndTags: readonly Term[], answerStems: ReadonlySet<string>, options: IndexOptions): Map<string, number> {
  const questionCount = new Map<string, number>();
  const wordOf = new Map<string, string>();
  for (const terms of questions) {
    for (const t of new Map(terms.map((term) => [term.stem, term])).values()) {
      questionCount.set(t.stem, (questionCount.get(t.stem) ?? 0) + 1);
      wordOf.set(t.stem, t.word);
    }
  }
  const anchored = new Set(titleAndTags.map((t) => t.stem));
  const credits = new Map<string, number>();
  for (const [s, count] of questionCount) {
    if (count > 1 || anchored.has(s)) continue;
    const rank = everydayRank(wordOf.get(s) ?? s);
    if (rank === undefined || rank > options.incidental.everydayUpToRank) continue;
    credits.set(s, answerStems.has(s) ? Math.max(options.incidental.credit, options.incidental.answerCredit) : options.incidental.credit);
  }
  return credits;
}

export function buildKnowledgeIndex(kb: KnowledgeBase, analyzer: TextAnalyzer, options: IndexOptions): KnowledgeIndex {
  const textWords = new Set<string>();
  const entries: IndexedEntry[] = [];
  // stem -> number of entries holding it (questions or answer), for its weight.
  const documentFrequency = new Map<string, number>();
  const questionPostings = new Map<string, number[]>();
  const answerOnlyPostings = new Map<string, number[]>();
  const questionCredits = new Map<string, number[]>();
  const questionStemLists: { topic: string[]; all: string[] }[][] = [];
  const analyze = (text: string): readonly Term[] => analyzer.terms(text, { keepStopWords: true });

  // The base's own words are read literally by synonyms, here and in questions alike.
  for (const entry of kb.entries) {
    for (const text of [...entry.questions, entry.title, ...indexedTags(entry.tags), stripMarkdown(entry.answer)]) {
      for (const word of analyzer.rawWords(text)) textWords.add(word);
    }
  }
  analyzer.setLiteralWords(textWords);

  for (const entry of kb.entries) {
    // Context-only entries are reached by id only; drafts wait for a person's review.
    if (entry.contextOnly || (entry.draft && !options.includeDrafts)) continue;
    const questionTexts = [...entry.questions, entry.title];
    const answerText = matchableAnswer(entry);
    const analyzed = questionTexts.map(analyze);
    const tagTerms = indexedTags(entry.tags).flatMap(analyze);
    const questions = analyzed.map((terms) => ({
      topic: distinct(terms.filter((t) => !t.discourse && !t.functionWord).map((t) => t.stem)),
      all: distinct(terms.map((t) => t.stem)),
    }));
    questionStemLists.push(questions.filter((q) => q.all.length > 0));
    const questionStems = new Set([...analyzed.flat(), ...tagTerms].map((t) => t.stem));
    const answerStems = new Set(analyzer.terms(answerText).map((t) => t.stem));
    // Small talk is made of everyday words: none of them is incidental there.
    const credits =
      entry.kind === 'smalltalk'
        ? new Map<string, number>()
        : incidentalCredits(analyzed.slice(0, -1), [...analyzed[analyzed.length - 1], ...tagTerms], answerStems, options);
    const index = entries.length;
    entries.push({ entry, questionStems, answerStems, questions: [] });
    for (const s of new Set([...questionStems, ...answerStems])) {
      documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
      if (questionStems.has(s)) {
        addPosting(questionPostings, s, index);
        addPosting(questionCredits, s, credits.get(s) ?? 1);
      } else {
        addPosting(answerOnlyPostings, s, index);
      }
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
  return { entries, questionPostings, questionCredits, answerOnlyPostings, idf, maxIdf: maxIdf || 1, vocabulary };
}

function addPosting(postings: Map<string, number[]>, stem: string, value: number): void {
  const list = postings.get(stem);
  if (list) list.push(value);
  else postings.set(stem, [value]);
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * The answer text a question may be matched against. Only real answers state facts a question may
 * name: a "not in my sources" notice ("un conseiller pourra vous renseigner") or small talk ("je peux
 * vous renseigner sur les études, la carrière...") must not draw questions to it by its answer's words.
 */
export function matchableAnswer(entry: KnowledgeEntry): string {
  return entry.kind === 'answer' ? stripMarkdown(entry.answer) : '';
}

/** Markdown syntax is not content: "**Django**" and "[AWS](...)" should index as words. */
export function stripMarkdown(markdown: string): string {
  return markdown.replace(/\]\([^)]*\)/g, ']').replace(/[*_`#>[\]|]+/g, ' ');
}
