import type { SynonymRule } from '../knowledge/types';
import { normalize, tokenize } from './normalize';
import { stem } from './stem';
import { isFunctionWord } from './stopWords';

/** A word with how sure we are that it is what the user meant (below 1 after a typo fix). */
export interface Word {
  text: string;
  confidence: number;
}

interface Replacement {
  keys: string[];
  canonical: string[];
}

/** Words shorter than this only match a rule as written: their stems collide too easily. */
const MIN_STEMMED_LENGTH = 5;

/** One word of the phrases: the phrases going on with a next word, and the rule of the phrase ending here. */
interface PhraseNode {
  /** Absent at the end of every phrase (most nodes): a map each would double the table's memory. */
  next?: Map<string, PhraseNode>;
  rule?: Replacement;
}

/**
 * Finds the longest rule whose words start at a position, walking the words through a tree of the
 * phrases (one lookup per word): a list per first word had to be scanned through all the phrases
 * starting with "de" or "le" at every position.
 */
class PhraseTable {
  private readonly root: PhraseNode = {};

  add(keys: string[], canonical: string[]): void {
    let node = this.root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = {}));
      node = child;
    }
    // Two rules for the same words: the first one read wins.
    node.rule ??= { keys, canonical };
  }

  find(keys: readonly string[], at: number): Replacement | undefined {
    let found: Replacement | undefined;
    let node: PhraseNode | undefined = this.root;
    for (let k = at; k < keys.length; k++) {
      node = node.next?.get(keys[k]);
      if (!node) break;
      if (node.rule) found = node.rule;
    }
    return found;
  }
}

/**
 * Rewrites word sequences into their canonical form ("dev" -> "developpeur",
 * "salarie porte" -> "portage"), longest phrase first, applied to the base and the question alike.
 * A rule matches its words as written first, then by stem for longer words the base does not
 * contain, so that a rule on "chercher" also reads "cherche" and "cherchent".
 */
export class SynonymTable {
  private readonly exact = new PhraseTable();
  private readonly stemmed = new PhraseTable();
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
        this.exact.add(words, canonical);
        if (words.some((w) => w.length >= MIN_STEMMED_LENGTH)) this.stemmed.add(words.map(stemKey), canonical);
      }
    }
  }

  /**
   * @param literal words read only as written (no match by stem): the knowledge base's own words,
   * which keep their meaning ("commerce" is not "commerçant").
   */
  apply(words: readonly Word[], literal: ReadonlySet<string> = NONE): Word[] {
    const texts = words.map((w) => w.text);
    // Grammatical and framing words are read as written: "maintenant" is not "maintenir" ('' is no rule's key).
    const stems = texts.map((text) => (literal.has(text) || isFunctionWord(text) ? '' : stemKey(text)));
    const out: Word[] = [];
    let i = 0;
    while (i < words.length) {
      const match = this.exact.find(texts, i) ?? this.stemmed.find(stems, i);
      if (match) {
        let confidence = 1;
        for (let k = i; k < i + match.keys.length; k++) confidence = Math.min(confidence, words[k].confidence);
        out.push(...match.canonical.map((text) => ({ text, confidence })));
        i += match.keys.length;
      } else {
        out.push(words[i]);
        i += 1;
      }
    }
    return out;
  }
}

const NONE: ReadonlySet<string> = new Set();

function stemKey(word: string): string {
  return word.length >= MIN_STEMMED_LENGTH ? stem(word) : word;
}
