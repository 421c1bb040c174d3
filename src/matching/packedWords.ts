/**
 * A large fixed list of words and a number for each, packed in one string and three typed arrays, looked up
 * without allocating. The everyday-word lists (about 45,000 words) held about 5 MB as a `Map` of strings, the
 * largest part of the matcher's memory; packed they hold about 1.2 MB, and a question's words are looked up
 * in a small, dense table instead of across the heap.
 */
export class PackedWords {
  /** Each word followed by one space, in the order given. */
  readonly text: string;
  /** The number given with each word (its rank), by position. */
  readonly values: Int32Array;
  /** Where each word starts in `text`; `starts[size]` is the text's length. */
  private readonly starts: Int32Array;
  /** Open addressing on the words' hashes: a word's position, or EMPTY. At most half full. */
  private readonly slots: Int32Array;

  /** @param text words (letters and digits only) each followed by one space; `values[i]` goes with the i-th word. */
  constructor(text: string, values: ArrayLike<number>) {
    let size = 0;
    for (let at = 0; at < text.length; at++) if (text.charCodeAt(at) === SPACE) size++;
    if (size !== values.length) throw new Error(`PackedWords: ${size} words for ${values.length} values`);
    this.text = text;
    this.values = Int32Array.from(values);
    this.starts = new Int32Array(size + 1);
    for (let at = 0, i = 0; at < text.length; at++) if (text.charCodeAt(at) === SPACE) this.starts[++i] = at + 1;
    let capacity = 16;
    while (capacity < 2 * size) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(EMPTY);
    for (let i = 0; i < size; i++) {
      const slot = this.probe(text, this.starts[i], this.starts[i + 1] - 1);
      // A word given twice keeps its first position and value.
      if (this.slots[slot] === EMPTY) this.slots[slot] = i;
    }
  }

  /** Packs a list of words (letters and digits only, no duplicates expected). */
  static from(words: readonly string[], values: ArrayLike<number>): PackedWords {
    return new PackedWords(words.length ? `${words.join(' ')} ` : '', values);
  }

  get size(): number {
    return this.values.length;
  }

  wordAt(i: number): string {
    return this.text.slice(this.starts[i], this.starts[i + 1] - 1);
  }

  /** The value given with `word`, or undefined when the list does not hold it. */
  valueOf(word: string): number | undefined {
    const i = this.slots[this.probe(word, 0, word.length)];
    return i === EMPTY ? undefined : this.values[i];
  }

  /** The slot holding the word `source[from..to)`, or the empty slot where it would go. */
  private probe(source: string, from: number, to: number): number {
    let hash = 0x811c9dc5;
    for (let at = from; at < to; at++) hash = Math.imul(hash ^ source.charCodeAt(at), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const i = this.slots[slot];
      if (i === EMPTY || this.holds(i, source, from, to)) return slot;
    }
  }

  private holds(i: number, source: string, from: number, to: number): boolean {
    const start = this.starts[i];
    if (this.starts[i + 1] - 1 - start !== to - from) return false;
    for (let k = 0; k < to - from; k++) if (this.text.charCodeAt(start + k) !== source.charCodeAt(from + k)) return false;
    return true;
  }
}

const SPACE = 32;
const EMPTY = -1;
