import type { SynonymRule } from '../knowledge/types';
import { normalize, tokenize } from './normalize';
import { stem } from './stem';
import { DISCOURSE_WORDS, STOP_WORDS } from './stopWords';
import { SynonymTable } from './synonyms';

/** A word of the text once analysed: its stem, and whether it only frames the question. */
export interface Term {
  stem: string;
  discourse: boolean;
  /** 1 for a word as typed; below 1 when it was corrected from a typo. */
  confidence: number;
}

/** Corrects a word unknown to the base into a known one, or returns undefined. */
export type WordCorrector = (word: string) => { word: string; confidence: number } | undefined;

/**
 * The text pipeline, visible as a pipeline:
 * normalise -> tokenise -> synonyms -> (typo correction) -> synonyms -> stop words -> stem.
 */
export class TextAnalyzer {
  private readonly synonyms: SynonymTable;

  constructor(rules: readonly SynonymRule[]) {
    this.synonyms = new SynonymTable(rules);
  }

  /** Normalised words after synonyms, before stop words: the vocabulary typos are corrected against. */
  words(text: string): string[] {
    return this.synonyms.apply(tokenize(normalize(text)));
  }

  terms(text: string, correct?: WordCorrector): Term[] {
    let words = this.words(text);
    const confidence = new Map<number, number>();
    if (correct) {
      words = words.map((word, i) => {
        if (isFunctionWord(word)) return word;
        const fix = correct(word);
        if (!fix) return word;
        confidence.set(i, fix.confidence);
        return fix.word;
      });
    }
    const terms: Term[] = [];
    words.forEach((word, i) => {
      if (STOP_WORDS.has(word)) return;
      terms.push({ stem: stem(word), discourse: DISCOURSE_WORDS.has(word), confidence: confidence.get(i) ?? 1 });
    });
    return terms;
  }
}

export function isFunctionWord(word: string): boolean {
  return STOP_WORDS.has(word) || DISCOURSE_WORDS.has(word);
}
