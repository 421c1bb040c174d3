/**
 * A reusable list of small integers (entry or question positions) for the matcher's per-question loops. Emptying
 * a plain array (`length = 0`) drops its storage, so refilling it allocated on every call; this one keeps its
 * storage and only grows.
 */
export class IntList {
  items = new Int32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const larger = new Int32Array(this.items.length * 2);
      larger.set(this.items);
      this.items = larger;
    }
    this.items[this.length++] = value;
  }

  includes(value: number): boolean {
    for (let k = 0; k < this.length; k++) if (this.items[k] === value) return true;
    return false;
  }

  clear(): void {
    this.length = 0;
  }
}
