/**
 * A large fixed list of words and a number for each, packed in one string and three typed arrays, looked up
 * without allocating. The everyday-word lists (41,640 words) held 5.3 MB as a `Map` of strings, the largest
 * part of the matcher's memory; packed they hold 2.4 MB, and a question's words are looked up in a dense table
 * instead of across the heap. Its hash table can be kept with the text (the matching cache), so that a start
 * hashes nothing.
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

  /**
   * @param text words (letters and digits only) each followed by one space; `values[i]` goes with the i-th word.
   * @param slots the hash table of an earlier `PackedWords` of the same text, made by this same code (a start
   *   reads it from a cache instead of hashing 45,000 words again); checked on a sample of the words.
   */
  constructor(text: string, values: ArrayLike<number>, slots?: ArrayLike<number>) {
    // indexOf rather than a loop over every character: this runs at start, before the loop could be optimised.
    let size = 0;
    for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) size++;
    if (size !== values.length) throw new Error(`PackedWords: ${size} words for ${values.length} values`);
    this.text = text;
    this.values = Int32Array.from(values);
    this.starts = new Int32Array(size + 1);
    for (let at = text.indexOf(' '), i = 1; at >= 0; at = text.indexOf(' ', at + 1)) this.starts[i++] = at + 1;
    if (slots) {
      this.slots = Int32Array.from(slots);
      if (!this.fitsSlots()) throw new Error('PackedWords: the hash table given does not fit the words');
      return;
    }
    let capacity = 16;
    while (capacity < 2 * size) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(EMPTY);
    for (let i = 0; i < size; i++) {
      const slot = this.probe(text, this.starts[i], this.starts[i + 1] - 1);
      // A word given twice keeps its first position and value.
      if (this.slots[slot] === EMPTY) this.slots[slot] = i;
    }
  }

  /** The hash table, to be kept with the text and values (see the constructor). */
  get slotTable(): Int32Array {
    return this.slots;
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

  /** The word's position in the list, or -1 when the list does not hold it. */
  indexOf(word: string): number {
    return this.slots[this.probe(word, 0, word.length)];
  }

  /** The value given with `word`, or undefined when the list does not hold it. */
  valueOf(word: string): number | undefined {
    const i = this.indexOf(word);
    return i === EMPTY ? undefined : this.values[i];
  }

  /** A table of the right size in which every 97th word (and the last) is found at its own position. */
  private fitsSlots(): boolean {
    const capacity = this.slots.length;
    if (capacity < 16 || capacity < 2 * this.size || (capacity & (capacity - 1)) !== 0) return false;
    const foundAtHome = (i: number) => this.slots[this.probe(this.text, this.starts[i], this.starts[i + 1] - 1)] === i;
    for (let i = 0; i < this.size; i += 97) if (!foundAtHome(i)) return false;
    return this.size === 0 || foundAtHome(this.size - 1);
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

const EMPTY = -1;
