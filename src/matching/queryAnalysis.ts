import type { TextAnalyzer, Term, WordCorrector } from './analyzer';
import { generalWordFactor } from './everydayWords';
import type { KnowledgeIndex } from './knowledgeIndex';
import type { MatchingOptions } from './matchingOptions';
import { stripMarkup } from './normalize';
import { afterFramedQuel, asksForANoun, focusSegments, type FocusOptions } from './questionFocus';
import type { ScoringQuery, WeightedTerm } from './scoreEntry';

// Stems that qualify the noun asked for rather than name it: "quel *type* de contrat", "what *kind* of work".
const QUALIFIERS = new Set(
  ['typ', 'sort', 'genr', 'autr', 'nombr', 'principal', 'meilleur', 'moyen', 'premi', 'premier', 'vrai', 'different', 'exact', 'concret', 'bon', 'grand', 'pet', 'gros', 'seul', 'plus', 'entre'].concat(
    ['kind', 'other', 'best', 'usual', 'typical', 'averag', 'first', 'real', 'good', 'most', 'main', 'between'],
  ),
);

/** What reading a question needs from the matcher: its analyser, typo corrector, index and options. */
export interface QueryReader {
  analyzer: TextAnalyzer;
  correct: WordCorrector;
  index: KnowledgeIndex;
  options: MatchingOptions;
}

/**
 * A question as scoring sees it: its words with their weights. Sentences that ask count fully, their
 * context by `focus.contextFocus`; in a long question, uncovered words count less, as context.
 */
export function analyzeQuery(question: string, focus: FocusOptions, reader: QueryReader): ScoringQuery {
  const { analyzer, correct, options } = reader;
  const segments = focusSegments(stripMarkup(question), focus);
  let pieces = segments.map((segment) => ({ focus: segment.focus, text: segment.text, terms: analyzer.terms(segment.text, { correct }) }));
  let functionWordsOnly = false;
  if (!pieces.some((piece) => piece.terms.some((t) => !t.discourse))) {
    // Nothing but framing words ("tu es qui ?"): compare them as they are.
    pieces = [{ focus: 1, text: question, terms: analyzer.terms(question, { correct, keepStopWords: true }) }];
    functionWordsOnly = true;
  }
  let topicWords = 0;
  for (const piece of pieces) if (piece.focus === 1) for (const t of piece.terms) if (isTopic(t)) topicWords++;
  // In a long message, words an entry does not cover are more likely context than the subject.
  const shortness = Math.min(1, options.longMessageWords / Math.max(1, topicWords));
  const knownScale = Math.pow(shortness, options.longKnownExponent);
  const unknownScale = Math.pow(shortness, options.longUnknownExponent);
  const byStem = new Map<string, WeightedTerm>();
  for (const { focus: pieceFocus, terms, text } of pieces) {
    const askedWord = pieceFocus === 1 ? askedWordOf(text, terms, reader) : undefined;
    for (const term of terms) {
      const stemFacts = stemFactsOf(term.stem, reader.index);
      const known = stemFacts.idf !== undefined;
      // A word no entry's questions use weighs less when it is an everyday word: unknown to the base, or known
      // from answers' prose only ("n'importe quel", "une partie"), it says little about the topic.
      const everyday = stemFacts.inQuestions ? 1 : generalWordFactor(term.word, options.everydayWords);
      let weight = wordWeight(term, stemFacts, topicWords, everyday, reader);
      if (term.discourse && !functionWordsOnly) weight *= options.discourseWeight;
      if (term.excluded) weight *= options.excludedWordWeight;
      weight *= pieceFocus;
      if (term === askedWord) weight *= options.askedWordWeight;
      const previous = byStem.get(term.stem);
      if (previous && previous.weight >= weight) continue;
      const read: WeightedTerm = {
        stem: term.stem,
        weight,
        confidence: term.confidence,
        unknown: !known,
        rare: !known && everyday === 1,
        discourse: term.discourse,
        focused: pieceFocus === 1,
        uncoveredScale: (known ? knownScale : unknownScale) * pieceFocus,
      };
      // Set, not spread: spreading a falsy value (`...(x && {…})`) takes a slow path of the runtime on every word.
      if (term.excluded) read.excluded = true;
      byStem.set(term.stem, read);
    }
  }
  const weighted = [...byStem.values()];
  // The echo compares all the terms but discourse words: most queries have none, and share the map of all (read only).
  let echoTerms = byStem;
  if (!functionWordsOnly && weighted.some((t) => t.discourse)) {
    echoTerms = new Map();
    for (const t of weighted) if (!t.discourse) echoTerms.set(t.stem, t);
  }
  // Summed over the array, in the maps' order (a map's iterator made an object per term).
  let echoScaledTotal = 0;
  let totalWeight = 0;
  for (const t of weighted) {
    if (functionWordsOnly || !t.discourse) echoScaledTotal += t.weight * t.uncoveredScale;
    totalWeight += t.weight;
  }
  return {
    terms: weighted,
    totalWeight,
    echoTerms,
    echoScaledTotal,
    functionWordsOnly,
    topicWordCount: topicWords,
    hasContext: segments.some((segment) => segment.focus < 1),
  };
}

const isTopic = (t: Term) => !t.discourse && !t.functionWord;
const isAskedNoun = (t: Term) => isTopic(t) && !QUALIFIERS.has(t.stem);

/**
 * "Quels traits de personnalité devrais-je rechercher ?": the noun after "quels" is what is asked, more than the verb.
 * Inside a sentence ("…je voudrais savoir quelles tâches…"), it is found by reading what follows the interrogative.
 */
function askedWordOf(sentence: string, terms: readonly Term[], { analyzer, correct }: QueryReader): Term | undefined {
  if (asksForANoun(sentence)) return terms.find(isAskedNoun);
  const after = afterFramedQuel(sentence);
  const first = after === undefined ? undefined : analyzer.terms(after, { correct }).find(isAskedNoun);
  return first && terms.find((t) => t.stem === first.stem);
}

/** What weighing a word needs from the index, read once per stem (see `stemFactsOf`). */
interface StemFacts {
  /** Its inverse document frequency, undefined when the base does not know it. */
  idf: number | undefined;
  /** Some entry's questions, title or tags use it. */
  inQuestions: boolean;
  /** The best credit its entries give it (see `incidentalFactor`). */
  incidental: number;
}

/** Stems read, by index: a question's words are mostly words of earlier questions. */
const stemFacts = new WeakMap<KnowledgeIndex, Map<string, StemFacts>>();
const KEPT_STEMS = 10_000;

/** A stem's facts in the index, kept: three lookups and a scan of its credits per word of every query otherwise. */
function stemFactsOf(stem: string, index: KnowledgeIndex): StemFacts {
  let known = stemFacts.get(index);
  if (!known || known.size >= KEPT_STEMS) stemFacts.set(index, (known = new Map()));
  let facts = known.get(stem);
  if (facts === undefined) {
    facts = { idf: index.idf.get(stem), inQuestions: index.questionPostings.has(stem), incidental: incidentalFactor(index, stem) };
    known.set(stem, facts);
  }
  return facts;
}

/**
 * A word's weight before framing and focus: its rarity among the entries when the base knows it
 * (less when every entry using it uses it only in passing, or when only answers use it and it is an
 * everyday word: `everyday` below 1); else that of a rare word, less for a
 * likely verb and for an everyday word (`everyday`, its factor from generalWordFactor).
 */
function wordWeight(term: Term, facts: StemFacts, topicWords: number, everyday: number, { index, options }: QueryReader): number {
  if (facts.idf !== undefined) return facts.idf * facts.incidental * everyday;
  // An unknown noun is often the subject ("un plombier"); an unknown verb, in a question long
  // enough to have a subject of its own, rarely is ("qui conçoit la base de données du site").
  const verbLike = !term.nounLike && topicWords >= options.verbDiscountFromWords;
  return index.maxIdf * options.unknownWordWeight * (verbLike ? options.unknownNonNounFactor : 1) * everyday;
}

/** The best credit a word's entries give it: below 1 when it is incidental in all of them. */
function incidentalFactor(index: KnowledgeIndex, stem: string): number {
  const credits = index.questionCredits.get(stem);
  if (!credits) return 1;
  let best = 0;
  for (const credit of credits) if (credit > best) best = credit;
  return best;
}
