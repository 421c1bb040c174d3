import type { SynonymRule } from '../knowledge/types';
import { normalize, tokenize } from './normalize';
import { isFunctionWord } from './stopWords';

interface Replacement {
  words: string[];
  canonical: string[];
}

/** A word with how sure we are that it is what the user meant (below 1 after a typo fix). */
export interface Word {
  text: string;
  confidence: number;
}

/**
 * Rewrites word sequences into their canonical form ("dev" -> "developpeur",
 * "salarie porte" -> "portage"), longest phrase first, applied to the base and the question alike.
 */
export class SynonymTable {
  private readonly byFirstWord = new Map<string, Replacement[]>();
  /** Every word that appears in a rule, so that a typo in a variant can still be corrected. */
  readonly words = new Set<string>();

  constructor(rules: readonly SynonymRule[]) {
    for (const rule of rules) {
      const canonical = tokenize(normalize(rule.canonical));
      canonical.forEach((w) => this.words.add(w));
      for (const variant of rule.variants) {
        const words = tokenize(normalize(variant));
        words.forEach((w) => this.words.add(w));
        if (words.length === 0 || words.join(' ') === canonical.join(' ')) continue;
        // A variant that is a lone grammatical word ("a" from "a+") would rewrite every sentence.
        if (words.length === 1 && isFunctionWord(words[0]) && !canonical.every(isFunctionWord)) continue;
        const list = this.byFirstWord.get(words[0]) ?? [];
        list.push({ words, canonical });
        this.byFirstWord.set(words[0], list);
      }
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  apply(words: readonly Word[]): Word[] {
    const out: Word[] = [];
    let i = 0;
    while (i < words.length) {
      const match = this.byFirstWord.get(words[i].text)?.find((r) => r.words.every((w, k) => words[i + k]?.text === w));
      if (match) {
        const confidence = Math.min(...words.slice(i, i + match.words.length).map((w) => w.confidence));
        out.push(...match.canonical.map((text) => ({ text, confidence })));
        i += match.words.length;
      } else {
        out.push(words[i]);
        i += 1;
      }
    }
    return out;
  }
}
