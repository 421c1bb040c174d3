import type { SynonymRule } from '../knowledge/types';
import { normalize, tokenize } from './normalize';
import { stem } from './stem';
import { DISCOURSE_WORDS, EXCLUDING_WORDS, isFunctionWord, NOUN_MARKERS, STOP_WORDS } from './stopWords';
import { SynonymTable, type Word } from './synonyms';

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

/**
 * The text pipeline, visible as a pipeline:
 * normalise -> tokenise -> typo correction -> synonyms -> stop words -> stem.
 */
export class TextAnalyzer {
  private readonly synonyms: SynonymTable;
  /** Words of the knowledge base's own text: synonyms read them as written, never by stem. */
  private literalWords: ReadonlySet<string> = new Set();

  constructor(rules: readonly SynonymRule[]) {
    this.synonyms = new SynonymTable(rules);
  }

  /** Called once the base is indexed: from then on, its own words are matched literally. */
  setLiteralWords(words: ReadonlySet<string>): void {
    this.literalWords = words;
  }

  /** Words of the synonym rules: part of the vocabulary typos are corrected towards. */
  get synonymWords(): ReadonlySet<string> {
    return this.synonyms.words;
  }

  /** Normalised words as typed (before synonyms). */
  rawWords(text: string): string[] {
    return tokenize(normalize(text));
  }

  terms(text: string, options: AnalyzeOptions = {}): Term[] {
    const { correct, keepStopWords = false } = options;
    const typed: Word[] = this.rawWords(text).map((word) => {
      const fix = correct && !isFunctionWord(word) ? correct(word) : undefined;
      return fix ? { text: fix.word, confidence: fix.confidence } : { text: word, confidence: 1 };
    });
    const terms: Term[] = [];
    let previous = '';
    let excluding = false;
    for (const word of this.synonyms.apply(typed, this.literalWords)) {
      const functionWord = STOP_WORDS.has(word.text);
      const nounLike = NOUN_MARKERS.has(previous);
      previous = word.text;
      if (EXCLUDING_WORDS.has(word.text)) excluding = true;
      const excluded = excluding && !functionWord;
      if (excluded) excluding = false;
      if (functionWord && !keepStopWords) continue;
      const discourse = DISCOURSE_WORDS.has(word.text);
      terms.push({
        stem: discourse ? DISCOURSE_MARK + stem(word.text) : stem(word.text),
        word: word.text,
        discourse,
        functionWord,
        confidence: word.confidence,
        nounLike,
        ...(excluded && { excluded }),
      });
    }
    return terms;
  }
}
