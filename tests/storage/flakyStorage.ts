import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';

/** A MemoryStorage that can be switched to failing (throws) or hanging (never answers), for outage tests. */
export class FlakyStorage implements Storage {
  readonly inner = new MemoryStorage();
  mode: 'up' | 'down' | 'hanging' = 'up';
  calls = 0;

  read(keys: string[]): Promise<StoreItems> {
    return this.guard(() => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.guard(() => this.inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.guard(() => this.inner.delete(keys));
  }

  private guard<T>(call: () => Promise<T>): Promise<T> {
    this.calls++;
    if (this.mode === 'down') return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:10000'));
    if (this.mode === 'hanging') return new Promise<T>(() => undefined);
    return call();
  }
}
