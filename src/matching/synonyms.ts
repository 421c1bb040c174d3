import type { SynonymRule } from '../knowledge/types';
import { normalize, tokenize } from './normalize';

interface Replacement {
  words: string[];
  canonical: string[];
}

/**
 * Rewrites word sequences into their canonical form ("dev" -> "developpeur",
 * "salarie porte" -> "portage"), longest phrase first, applied to the base and the question alike.
 */
export class SynonymTable {
  private readonly byFirstWord = new Map<string, Replacement[]>();

  constructor(rules: readonly SynonymRule[]) {
    for (const rule of rules) {
      const canonical = tokenize(normalize(rule.canonical));
      for (const variant of rule.variants) {
        const words = tokenize(normalize(variant));
        if (words.length === 0 || words.join(' ') === canonical.join(' ')) continue;
        const list = this.byFirstWord.get(words[0]) ?? [];
        list.push({ words, canonical });
        this.byFirstWord.set(words[0], list);
      }
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  apply(words: readonly string[]): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < words.length) {
      const match = this.byFirstWord.get(words[i])?.find((r) => r.words.every((w, k) => words[i + k] === w));
      if (match) {
        out.push(...match.canonical);
        i += match.words.length;
      } else {
        out.push(words[i]);
        i += 1;
      }
    }
    return out;
  }
}
