import type { IndexedEntry } from './knowledgeIndex';
import type { TextAnalyzer } from './analyzer';
import { IntList } from './intList';
import { matchableAnswer } from './knowledgeIndex';
import type { WeightedTerm } from './scoreEntry';
import { indexedTags } from '../knowledge/pairedTopics';

/**
 * A second, independent ranker: BM25+ over each entry's questions and answer, fed with the same analysed
 * words as our scorer. It knows nothing of coverage or echo, so when it puts the same entry first as our
 * scorer, that is strong evidence of a sure match; when it does not, the bot should offer choices rather
 * than answer.
 *
 * It computes exactly what npm `minisearch` (BM25+, k 1.2, b 0.7, d 0.5, fields boosted, terms ORed,
 * a document's score times the number of query terms it matches) computes for the same documents:
 * `tests/matching/bm25Ranker.test.ts` checks both give the same ranking and scores. Written out here
 * because MiniSearch's general search (query trees, prefix and fuzzy options, match objects) cost more
 * than all of our own matching in a question's time.
 */
export interface Bm25Ranker {
  /** Entry positions (in the index's `entries`) with their BM25 scores, best first, at most `limit`. */
  rank(terms: readonly WeightedTerm[], limit: number): Array<{ entry: number; score: number }>;
}

export interface Bm25Options {
  /** Weight of a match in the answer text, relative to one in the questions. */
  answerBoost: number;
}

/** MiniSearch's defaults: term frequency saturation, length normalisation, BM25+'s lower bound. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Until the field is complete (its average length known), its postings have no scores. */
const NO_SCORES = new Float64Array(0);

/** One field of every document: where each stem occurs, how often, and each document's length. */
interface FieldIndex {
  boost: number;
  /** stem -> documents holding it (in the order they were added), the stem's frequency in each, and its BM25+ score there. */
  postings: Map<string, { documents: number[]; frequencies: number[]; scores: Float64Array }>;
  /** Distinct stems per document. */
  lengths: number[];
  averageLength: number;
}

export function createBm25Ranker(entries: readonly IndexedEntry[], analyzer: TextAnalyzer, options: Bm25Options): Bm25Ranker {
  const topicStems = (text: string) =>
    analyzer
      .terms(text)
      .filter((t) => !t.discourse)
      .map((t) => t.stem);
  const fieldOf = (boost: number, text: (indexed: IndexedEntry) => string): FieldIndex => {
    const field: FieldIndex = { boost, postings: new Map(), lengths: [], averageLength: 0 };
    entries.forEach((indexed, document) => {
      const stems = topicStems(text(indexed));
      const length = new Set(stems).size;
      field.lengths.push(length);
      // A running average, as MiniSearch keeps it (the same rounding).
      field.averageLength = (field.averageLength * document + length) / (document + 1);
      for (const stem of stems) {
        let posting = field.postings.get(stem);
        if (!posting) field.postings.set(stem, (posting = { documents: [], frequencies: [], scores: NO_SCORES }));
        const last = posting.documents.length - 1;
        if (posting.documents[last] === document) posting.frequencies[last]++;
        else {
          posting.documents.push(document);
          posting.frequencies.push(1);
        }
      }
    });
    // A stem's score in a document depends on the document and the stem only: computed once, not per question.
    for (const posting of field.postings.values()) {
      const matching = posting.documents.length;
      const inverse = Math.log(1 + (entries.length - matching + 0.5) / (matching + 0.5));
      posting.scores = Float64Array.from(posting.documents, (document, k) => {
        const frequency = posting.frequencies[k];
        return inverse * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * field.lengths[document]) / field.averageLength)));
      });
    }
    return field;
  };
  const fields = [
    fieldOf(1, (indexed) => [...indexed.entry.questions, indexed.entry.title, ...indexedTags(indexed.entry.tags)].join('\n')),
    fieldOf(options.answerBoost, (indexed) => matchableAnswer(indexed.entry)),
  ];
  const documentCount = entries.length;

  // Per-question accumulators, reused (JavaScript ranks one question at a time): a Map per term and per
  // question boxed every score it held.
  const termScores = new Float64Array(documentCount);
  const inTerm = new Uint8Array(documentCount);
  const scores = new Float64Array(documentCount);
  const matched = new Int32Array(documentCount);
  const termMet = new IntList();
  const met = new IntList();
  // Stems ranked so far in this call: a question has a handful, scanned faster than a set is filled and emptied.
  const seen: string[] = [];
  // The best results so far, best first (ties in the order met): only `limit` result objects are made, not one
  // per document sharing a word with the question.
  const bestEntries = new IntList();
  let bestScores = new Float64Array(16);

  return {
    rank(terms, limit) {
      met.clear();
      seen.length = 0;
      for (const term of terms) {
        const boost = term.weight * term.confidence;
        if (term.discourse || !(term.weight > 0) || !term.stem || seen.includes(term.stem)) continue;
        seen.push(term.stem);
        // This term's score per document, summed over the fields, then added to the document's.
        termMet.clear();
        for (const field of fields) {
          const posting = field.postings.get(term.stem);
          if (!posting) continue;
          const { documents, scores: raws } = posting;
          for (let k = 0; k < documents.length; k++) {
            const document = documents[k];
            const raw = raws[k];
            if (inTerm[document] === 0) {
              inTerm[document] = 1;
              termMet.push(document);
            }
            termScores[document] += boost * field.boost * raw;
          }
        }
        // Documents in the order they are first met: ties keep that order, as MiniSearch's do.
        for (let t = 0; t < termMet.length; t++) {
          const document = termMet.items[t];
          if (matched[document] === 0) met.push(document);
          scores[document] += termScores[document];
          matched[document]++;
          termScores[document] = 0;
          inTerm[document] = 0;
        }
      }
      // The first `limit` of the documents sorted by score, ties in the order met (as a stable sort would leave them).
      bestEntries.clear();
      // No more results than documents met (`limit` may be "all": Number.MAX_SAFE_INTEGER).
      if (bestScores.length < Math.min(limit, met.length)) bestScores = new Float64Array(met.length);
      for (let t = 0; t < met.length; t++) {
        const entry = met.items[t];
        const score = scores[entry] * matched[entry];
        scores[entry] = 0;
        matched[entry] = 0;
        if (bestEntries.length === limit && !(score > bestScores[limit - 1])) continue;
        let at = Math.min(bestEntries.length, limit - 1);
        if (bestEntries.length < limit) bestEntries.push(entry);
        while (at > 0 && bestScores[at - 1] < score) {
          bestScores[at] = bestScores[at - 1];
          bestEntries.items[at] = bestEntries.items[at - 1];
          at--;
        }
        bestScores[at] = score;
        bestEntries.items[at] = entry;
      }
      const results: Array<{ entry: number; score: number }> = [];
      for (let t = 0; t < bestEntries.length; t++) results.push({ entry: bestEntries.items[t], score: bestScores[t] });
      return results;
    },
  };
}
