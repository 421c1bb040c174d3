import type { SynonymRule } from '../knowledge/types';
import { normalize, tokenize } from './normalize';
import { keepingRecentResults } from './recentResults';
import { stem } from './stem';
import { DISCOURSE_WORDS, EXCLUDING_WORDS, isFunctionWord, NOUN_MARKERS, POSSESSIVES, STOP_WORDS } from './stopWords';
import type { SynonymTable, Word, WordKeys } from './synonyms';
import { synonymTableFor } from './synonymTables';

// "-ent" plurals of at least this length are read as verbs ("recrutent"); shorter ones are nouns ("client", "parent").
const PLURAL_VERB_MIN_LENGTH = 7;

// A framing word's stem is kept apart from the topic words' ("maintenant" and "maintenance" both stem to "mainten").
const DISCOURSE_MARK = '~';

/** A word of the text once analysed: its stem, and whether it only frames the question. */
export interface Term {
  stem: string;
  /** The normalised word the stem comes from (after typo correction and synonyms). */
  word: string;
  /** A greeting, politeness or framing word: kept, but it weighs little. */
  discourse: boolean;
  /** A grammatical word ("qui", "tu"): only kept when asked (questions made of nothing else). */
  functionWord: boolean;
  /** 1 for a word as typed; below 1 when it was corrected from a typo. */
  confidence: number;
  /** Comes right after an article or preposition ("un *plombier*", "pour être *cadre*"): likely a noun. */
  nounLike: boolean;
  /** Named as what the question is not about ("à part *la technique*, quelles qualités ?"). */
  excluded?: boolean;
}

/** Corrects a word unknown to the base into a known one, or returns undefined. */
export type WordCorrector = (word: string) => { word: string; confidence: number } | undefined;

export interface AnalyzeOptions {
  correct?: WordCorrector;
  /** Keep stop words as terms (for "tu es qui ?", which has nothing else). */
  keepStopWords?: boolean;
}

/** The lexicon's one word for every job the base has no profile for (synonyms.yaml, normalised). */
const OTHER_JOB = 'autremetier';

/** Texts whose analysis with typo correction is kept: a long message's sentences are read several times per ask. */
const RECENT_TEXTS = 64;

/** Words whose facts and typed readings are kept (see `TextAnalyzer.factsOf`): a question's words are mostly known ones. */
const KEPT_WORDS = 10_000;

/**
 * A word as typed, read once: its typo-corrected form (shared: frozen), and that form's numbers in the synonym tables
 * (`SynonymTable.keysOf`).
 */
interface TypedWord {
  word: Word;
  keys: WordKeys;
}

/** What the pipeline reads of one word once synonyms are applied, whatever the words around it. */
interface WordFacts {
  /** A stop word. */
  functionWord: boolean;
  /** An article or preposition: the word after it is likely a noun. */
  nounMarker: boolean;
  possessive: boolean;
  excluding: boolean;
  discourse: boolean;
  /** Its stem as a term: computed when first needed (a stop word left out is never stemmed). */
  stem: string | undefined;
}

/**
 * The text pipeline, visible as a pipeline:
 * normalise -> tokenise -> typo correction -> synonyms -> stop words -> stem.
 */
export class TextAnalyzer {
  private readonly synonyms: SynonymTable;
  /** Words of the knowledge base's own text: synonyms read them as written, never by stem. */
  private literalWords: ReadonlySet<string> = new Set();

  constructor(rules: readonly SynonymRule[]) {
    this.synonyms = synonymTableFor(rules);
  }

  /** Stems of the base's words and the lexicon's canonical forms: what a plural verb may be folded to (see `stemOf`). */
  private knownStems: ReadonlySet<string> = new Set();

  /**
   * Recent analyses of questions with typo correction (by text and whether stop words were kept), for the corrector
   * they were made with. The answerer reads a message whole, its asking sentences alone and each part, and each
   * reading analyses its sentences: the same sentence analysed once. Frozen: callers share them.
   */
  private recent: { correct: WordCorrector; terms: (text: string, keepStopWords: boolean) => readonly Term[] } | undefined;

  /**
   * Each word's facts, and each word's reading as typed for the corrector `typedFor` (and without a corrector): read
   * once per word, not at every analysis (a dozen set lookups and a stem per word were most of an analysis; then the
   * lookups of each word in the corrections and both synonym tables). Emptied when full, and when what they depend on
   * changes (`setLiteralWords`, another corrector).
   */
  private facts = new Map<string, WordFacts>();
  private typedWords = new Map<string, TypedWord>();
  private typedFor: WordCorrector | undefined;
  private plainWords = new Map<string, TypedWord>();

  /**
   * Called before the base is indexed, with its words: from then on, they are matched literally by synonyms, and
   * their stems are what a plural verb is folded to.
   */
  setLiteralWords(words: ReadonlySet<string>): void {
    this.literalWords = words;
    this.recent = undefined;
    this.facts = new Map();
    this.typedWords = new Map();
    this.plainWords = new Map();
    // The base's words are stemmed at indexing anyway (their stems come from the matching cache at a start), and the
    // lexicon's canonical forms are few: its thousands of variants are rewritten to those before stemming.
    const known = new Set<string>();
    for (const word of [...words, ...this.synonyms.canonicalWords]) if (!isFunctionWord(word)) known.add(stem(word));
    this.knownStems = known;
  }

  /**
   * The stemmer leaves a verb's "-ent" plural whole ("développent", "recrutent": it cannot tell them from "client" or
   * "souvent"), unless the table of verb forms has it (`verbForms.ts`: it leaves out the words of the base):
   * such a word is read as its singular ("développe") when that one's stem is a word of the base.
   */
  private stemOf(word: string): string {
    const stemmed = stem(word);
    if (stemmed !== word || word.length < PLURAL_VERB_MIN_LENGTH || !word.endsWith('ent')) return stemmed;
    const singular = stem(word.slice(0, -2));
    return this.knownStems.has(singular) ? singular : stemmed;
  }

  /** Words of the synonym rules: part of the vocabulary typos are corrected towards. */
  get synonymWords(): ReadonlySet<string> {
    return this.synonyms.words;
  }

  /** Normalised words as typed (before synonyms). */
  rawWords(text: string): string[] {
    return tokenize(normalize(text));
  }

  terms(text: string, options: AnalyzeOptions = {}): readonly Term[] {
    const { correct, keepStopWords = false } = options;
    // The base's own texts (no corrector) are analysed once each, at indexing: not worth keeping.
    if (!correct) return this.analyse(text, keepStopWords);
    if (this.recent?.correct !== correct) {
      const terms = keepingRecentResults(
        (read: string, keep: boolean): readonly Term[] => Object.freeze(this.analyse(read, keep, correct)),
        RECENT_TEXTS,
        (read, keep) => `${keep ? '+' : '-'}${read}`,
      );
      this.recent = { correct, terms };
    }
    return this.recent.terms(text, keepStopWords);
  }

  private analyse(text: string, keepStopWords: boolean, correct?: WordCorrector): Term[] {
    const typed: Word[] = [];
    const keys: WordKeys[] = [];
    for (const raw of this.rawWords(text)) {
      const read = this.typedWord(raw, correct);
      typed.push(read.word);
      keys.push(read.keys);
    }
    const terms: Term[] = [];
    let previous: WordFacts | undefined;
    let excluding = false;
    for (const word of this.synonyms.applyKeyed(typed, keys)) {
      const facts = this.factsOf(word.text);
      const functionWord = facts.functionWord;
      const nounLike = previous !== undefined && previous.nounMarker;
      const before = previous;
      previous = facts;
      if (facts.excluding) excluding = true;
      const excluded = excluding && !functionWord;
      if (excluded) excluding = false;
      // "mon prof", "ma comptable", "my accountant": a person the asker knows, not the job asked about.
      if (word.text === OTHER_JOB && before !== undefined && before.possessive) continue;
      if (functionWord && !keepStopWords) continue;
      facts.stem ??= facts.discourse ? DISCOURSE_MARK + stem(word.text) : this.stemOf(word.text);
      const term: Term = {
        stem: facts.stem,
        word: word.text,
        discourse: facts.discourse,
        functionWord,
        confidence: word.confidence,
        nounLike,
      };
      // Set, not spread: spreading a falsy value (`...(x && {…})`) takes a slow path of the runtime on every word.
      if (excluded) term.excluded = true;
      terms.push(term);
    }
    return terms;
  }

  /** A word as typed, after typo correction (grammatical words are never corrected), with its keys in the synonym tables. */
  private typedWord(word: string, correct: WordCorrector | undefined): TypedWord {
    if (correct && this.typedFor !== correct) {
      this.typedWords = new Map();
      this.typedFor = correct;
    }
    const kept = correct ? this.typedWords : this.plainWords;
    let typed = kept.get(word);
    if (typed === undefined) {
      const fix = !correct || isFunctionWord(word) ? undefined : correct(word);
      const read: Word = Object.freeze(fix ? { text: fix.word, confidence: fix.confidence } : { text: word, confidence: 1 });
      typed = { word: read, keys: this.synonyms.keysOf(read.text, this.literalWords) };
      if (kept.size >= KEPT_WORDS) kept.clear();
      kept.set(word, typed);
    }
    return typed;
  }

  /** The facts of a word (see `WordFacts`), kept. */
  private factsOf(word: string): WordFacts {
    let facts = this.facts.get(word);
    if (facts === undefined) {
      facts = {
        functionWord: STOP_WORDS.has(word),
        nounMarker: NOUN_MARKERS.has(word),
        possessive: POSSESSIVES.has(word),
        excluding: EXCLUDING_WORDS.has(word),
        discourse: DISCOURSE_WORDS.has(word),
        stem: undefined,
      };
      if (this.facts.size >= KEPT_WORDS) this.facts.clear();
      this.facts.set(word, facts);
    }
    return facts;
  }
}
