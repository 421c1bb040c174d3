import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';

/**
 * A store that can go down and come back: while `down` is true, reads and/or writes throw
 * like an unreachable database would. Otherwise it behaves as memory storage.
 */
export class SwitchableStorage implements Storage {
  readonly inner = new MemoryStorage();
  failReads = false;
  failWrites = false;

  set down(value: boolean) {
    this.failReads = value;
    this.failWrites = value;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (this.failReads) throw new Error('storage unreachable (read)');
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    if (this.failWrites) throw new Error('storage unreachable (write)');
    return this.inner.write(changes);
  }

  async delete(keys: string[]): Promise<void> {
    if (this.failWrites) throw new Error('storage unreachable (delete)');
    return this.inner.delete(keys);
  }
}
