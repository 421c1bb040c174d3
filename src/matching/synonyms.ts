import type { SynonymRule } from '../knowledge/types';
import { normalize, tokenize } from './normalize';
import { stem } from './stem';
import { isEnglishOnlyWord } from './everydayWords';
import { base64OfInt32s, int32sOfBase64 } from './int32Base64';
import { isFunctionWord } from './stopWords';

/** A word with how sure we are that it is what the user meant (below 1 after a typo fix). */
export interface Word {
  text: string;
  confidence: number;
}

/**
 * A word's keys in the two rule tables (`SynonymTable.keysOf`): its number in the table of words as written and in
 * the table of stems (NONE_ID when no rule has it), and in each the node a phrase opening with it reaches (NONE_ID
 * when none opens with it).
 */
export interface WordKeys {
  exact: number;
  exactStart: number;
  stemmed: number;
  stemmedStart: number;
}

/** A phrase's rewrite: how many words it replaces, and the canonical words they become. */
interface Replacement {
  length: number;
  canonical: string[];
}

/** A `PhraseTable` as JSON-safe data: its words in id order, its edge table's bytes, its rules as (node, length, canonical id). */
export interface PhraseTableData {
  words: string;
  nodes: number;
  edges: string;
  edgeCount: number;
  canonicals: string[];
  rules: number[];
}

/** A built `SynonymTable` as JSON-safe data (`SynonymTable.toData`), kept between starts by the matching cache. */
export interface SynonymTableData {
  exact: PhraseTableData;
  stemmed: PhraseTableData;
  words: string[];
  canonicalWords: string[];
}

/** Words shorter than this only match a rule as written: their stems collide too easily. */
const MIN_STEMMED_LENGTH = 5;

/** No node, no word: the empty slot of the edge table. */
const NONE_ID = -1;

/**
 * The phrases as a tree of words, stored densely: words numbered once, and the tree's edges
 * (node, word) -> child in one open-addressing hash table of integers. A tree of objects with a `Map` per
 * node held 4.3 MB for the lexicon's 6,500 variants (7,200 maps), most of the matcher's memory; this one holds
 * 1.1 MB, and a question's words cost one lookup each in the word numbers, then integer probes.
 * Finds the longest rule whose words start at a position, one probe per word: a list per first word had to be
 * scanned through all the phrases starting with "de" or "le" at every position.
 */
class PhraseTable {
  private readonly wordIds = new Map<string, number>();
  /** Triples (parent node, word id, child node); parent NONE_ID marks an empty slot. */
  private edges: Int32Array<ArrayBufferLike> = new Int32Array(3 * 1024).fill(NONE_ID);
  private edgeCount = 0;
  /** Per node: the rule of the phrase ending there (the first rule read wins), or undefined. Node 0 is the root. */
  private readonly rules: Array<Replacement | undefined> = [undefined];

  /** The table as plain data (JSON-safe), read back by `fromData` into the same table. */
  toData(): PhraseTableData {
    const canonicals = new Map<string, number>();
    const rules: number[] = [];
    this.rules.forEach((rule, node) => {
      if (!rule) return;
      const text = rule.canonical.join(' ');
      let id = canonicals.get(text);
      if (id === undefined) canonicals.set(text, (id = canonicals.size));
      rules.push(node, rule.length, id);
    });
    return {
      words: [...this.wordIds.keys()].join(' '),
      nodes: this.rules.length,
      edges: base64OfInt32s(this.edges),
      edgeCount: this.edgeCount,
      canonicals: [...canonicals.keys()],
      rules,
    };
  }

  static fromData(data: PhraseTableData): PhraseTable {
    const table = new PhraseTable();
    if (data.words) data.words.split(' ').forEach((word, id) => table.wordIds.set(word, id));
    table.edges = int32sOfBase64(data.edges);
    if (table.edges.length === 0 || (table.edges.length / 3) & (table.edges.length / 3 - 1)) throw new Error('synonym table: bad edge table');
    table.edgeCount = data.edgeCount;
    table.rules.length = data.nodes;
    table.rules.fill(undefined);
    const canonicals = data.canonicals.map((text) => (text ? text.split(' ') : []));
    for (let at = 0; at < data.rules.length; at += 3) {
      const canonical = canonicals[data.rules[at + 2]];
      if (!canonical || !(data.rules[at] > 0 && data.rules[at] < data.nodes)) throw new Error('synonym table: bad rule');
      table.rules[data.rules[at]] = { length: data.rules[at + 1], canonical };
    }
    return table;
  }

  add(keys: string[], canonical: string[]): void {
    let node = 0;
    for (const key of keys) {
      let word = this.wordIds.get(key);
      if (word === undefined) this.wordIds.set(key, (word = this.wordIds.size));
      let child = this.child(node, word);
      if (child === NONE_ID) {
        child = this.rules.length;
        this.rules.push(undefined);
        this.addEdge(node, word, child);
      }
      node = child;
    }
    // Two rules for the same words: the first one read wins.
    this.rules[node] ??= { length: keys.length, canonical };
  }

  /** A key's number in the table, NONE_ID when no phrase has it. */
  idOf(key: string): number {
    return this.wordIds.get(key) ?? NONE_ID;
  }

  /** The node a phrase opening with this word (its number) reaches, NONE_ID when none does. */
  startOf(word: number): number {
    return word === NONE_ID ? NONE_ID : this.child(0, word);
  }

  /**
   * The longest rule whose words start at `at`, from the words' keys (`exact` picks which of their numbers are this
   * table's). The first step is read from the keys: a probe of the large edge table missed the processor's caches
   * at nearly every word of a text.
   */
  find(keys: readonly WordKeys[], at: number, exact: boolean): Replacement | undefined {
    let node = exact ? keys[at].exactStart : keys[at].stemmedStart;
    if (node === NONE_ID) return undefined;
    let found = this.rules[node];
    for (let k = at + 1; k < keys.length; k++) {
      const word = exact ? keys[k].exact : keys[k].stemmed;
      if (word === NONE_ID) break;
      node = this.child(node, word);
      if (node === NONE_ID) break;
      found = this.rules[node] ?? found;
    }
    return found;
  }

  private slotOf(node: number, word: number, edges: Int32Array): number {
    const mask = edges.length / 3 - 1;
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) & mask;
    while (edges[3 * slot] !== NONE_ID && (edges[3 * slot] !== node || edges[3 * slot + 1] !== word)) slot = (slot + 1) & mask;
    return slot;
  }

  private child(node: number, word: number): number {
    const slot = this.slotOf(node, word, this.edges);
    return this.edges[3 * slot] === NONE_ID ? NONE_ID : this.edges[3 * slot + 2];
  }

  private addEdge(node: number, word: number, child: number): void {
    // Kept at most half full, so that a probe ends after a slot or two.
    if (2 * (this.edgeCount + 1) > this.edges.length / 3) {
      const old = this.edges;
      this.edges = new Int32Array(old.length * 2).fill(NONE_ID);
      for (let at = 0; at < old.length; at += 3) if (old[at] !== NONE_ID) this.put(old[at], old[at + 1], old[at + 2]);
    }
    this.put(node, word, child);
    this.edgeCount++;
  }

  private put(node: number, word: number, child: number): void {
    const at = 3 * this.slotOf(node, word, this.edges);
    this.edges[at] = node;
    this.edges[at + 1] = word;
    this.edges[at + 2] = child;
  }
}

/**
 * Rewrites word sequences into their canonical form ("dev" -> "developpeur",
 * "salarie porte" -> "portage"), longest phrase first, applied to the base and the question alike.
 * A rule matches its words as written first, then by stem for longer words the base does not
 * contain, so that a rule on "chercher" also reads "cherche" and "cherchent".
 */
export class SynonymTable {
  private exact = new PhraseTable();
  private stemmed = new PhraseTable();
  /** Every word that appears in a rule, so that a typo in a variant can still be corrected. */
  readonly words = new Set<string>();
  /** The words of the rules' canonical forms: what the variants are read as. */
  readonly canonicalWords = new Set<string>();

  constructor(rules: readonly SynonymRule[]) {
    for (const rule of rules) {
      const canonical = tokenize(normalize(rule.canonical));
      canonical.forEach((w) => {
        this.words.add(w);
        this.canonicalWords.add(w);
      });
      for (const variant of rule.variants) {
        const words = tokenize(normalize(variant));
        words.forEach((w) => this.words.add(w));
        if (words.length === 0 || words.join(' ') === canonical.join(' ')) continue;
        // A variant that is a lone grammatical word ("a" from "a+") would rewrite every sentence.
        if (words.length === 1 && isFunctionWord(words[0]) && !canonical.every(isFunctionWord)) continue;
        this.exact.add(words, canonical);
        // French stems of English words meet French words by chance ("gross" and "grosse", "retirement" and
        // "retirer", "termination" and "termine"): an English variant is matched as written only.
        if (words.some((w) => w.length >= MIN_STEMMED_LENGTH) && !words.some(isEnglishOnlyWord)) this.stemmed.add(words.map(stemKey), canonical);
      }
    }
  }

  /** The built table as JSON-safe data: `fromData` gives back a table that rewrites every text the same way. */
  toData(): SynonymTableData {
    return { exact: this.exact.toData(), stemmed: this.stemmed.toData(), words: [...this.words], canonicalWords: [...this.canonicalWords] };
  }

  /** The table `toData` described, without normalising and stemming the rules again (most of a build's time). */
  static fromData(data: SynonymTableData): SynonymTable {
    const table = new SynonymTable([]);
    table.exact = PhraseTable.fromData(data.exact);
    table.stemmed = PhraseTable.fromData(data.stemmed);
    for (const word of data.words) table.words.add(word);
    for (const word of data.canonicalWords) table.canonicalWords.add(word);
    return table;
  }

  /** Each word's key in the stemmed table, for the literal words `keyedFor`: read once per word (three lookups and a stem). */
  private keys = new Map<string, string>();
  private keyedFor: ReadonlySet<string> | undefined;

  private stemKeyOf(text: string, literal: ReadonlySet<string>): string {
    if (literal !== this.keyedFor) {
      this.keys = new Map();
      this.keyedFor = literal;
    }
    let key = this.keys.get(text);
    if (key === undefined) {
      // Grammatical and framing words are read as written: "maintenant" is not "maintenir" ('' is no rule's key).
      key = literal.has(text) || isFunctionWord(text) ? '' : stemKey(text);
      if (this.keys.size >= KEPT_KEYS) this.keys.clear();
      this.keys.set(text, key);
    }
    return key;
  }

  /**
   * @param literal words read only as written (no match by stem): the knowledge base's own words,
   * which keep their meaning ("commerce" is not "commerçant").
   */
  apply(words: readonly Word[], literal: ReadonlySet<string> = NONE): Word[] {
    return this.applyKeyed(
      words,
      words.map((w) => this.keysOf(w.text, literal)),
    );
  }

  /**
   * A word's keys in the rule tables (see `WordKeys`). They depend on the word and the literal words only: an
   * analyser reading the same words again may keep them.
   */
  keysOf(text: string, literal: ReadonlySet<string> = NONE): WordKeys {
    const exact = this.exact.idOf(text);
    const stemmed = this.stemmed.idOf(this.stemKeyOf(text, literal));
    return { exact, exactStart: this.exact.startOf(exact), stemmed, stemmedStart: this.stemmed.startOf(stemmed) };
  }

  /** `apply`, given each word's keys in the tables (`keysOf`, with the same literal words): no lookup of a word's text. */
  applyKeyed(words: readonly Word[], keys: readonly WordKeys[]): Word[] {
    const out: Word[] = [];
    let i = 0;
    while (i < words.length) {
      const match = this.exact.find(keys, i, true) ?? this.stemmed.find(keys, i, false);
      if (match) {
        let confidence = 1;
        for (let k = i; k < i + match.length; k++) confidence = Math.min(confidence, words[k].confidence);
        out.push(...match.canonical.map((text) => ({ text, confidence })));
        i += match.length;
      } else {
        out.push(words[i]);
        i += 1;
      }
    }
    return out;
  }
}

const NONE: ReadonlySet<string> = new Set();

/** Words whose keys in the stemmed table are kept. */
const KEPT_KEYS = 10_000;

function stemKey(word: string): string {
  return word.length >= MIN_STEMMED_LENGTH ? stem(word) : word;
}
