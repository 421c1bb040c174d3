import type { StoreItem } from 'botbuilder';

/**
 * The last known value of recently used keys, to serve reads while the backend is down.
 * Least recently used keys go first; values are copied in and out so nobody shares an object.
 */
export class ItemCache {
  private readonly items = new Map<string, string>();

  constructor(private readonly capacity: number) {}

  get(key: string): StoreItem | undefined {
    const text = this.items.get(key);
    if (text === undefined) return undefined;
    this.items.delete(key);
    this.items.set(key, text);
    return JSON.parse(text) as StoreItem;
  }

  has(key: string): boolean {
    return this.items.has(key);
  }

  set(key: string, item: StoreItem): void {
    if (this.capacity <= 0) return;
    this.items.delete(key);
    this.items.set(key, JSON.stringify(item));
    if (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value as string);
  }

  delete(key: string): void {
    this.items.delete(key);
  }
}
