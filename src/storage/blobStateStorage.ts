import type { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { blobPipelineOptions } from './blobOptions';
import { isETagConflict } from './eTagConflict';

/**
 * Bot state in Azure Blob Storage (one JSON blob per key), shared by every instance of the bot.
 *
 * BlobsStorage creates its container once and keeps that promise, even a failed one: when the
 * store is down at start it would never recover. So after any failure the next call uses a fresh one.
 *
 * @example new BlobStateStorage(process.env.AZURE_STORAGE_CONNECTION_STRING, 'faq-bot')
 */
export class BlobStateStorage implements Storage {
  private current?: BlobsStorage;

  constructor(
    private readonly connectionString: string,
    readonly container: string,
  ) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.call((storage) => storage.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.call((storage) => storage.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.call((storage) => storage.delete(keys));
  }

  private async call<T>(operation: (storage: BlobsStorage) => Promise<T>): Promise<T> {
    const storage = (this.current ??= new BlobsStorage(this.connectionString, this.container, {
      storagePipelineOptions: blobPipelineOptions(),
    }));
    try {
      return await operation(storage);
    } catch (error) {
      if (this.current === storage && !isETagConflict(error)) this.current = undefined;
      throw error;
    }
  }

  // The connection string holds the account key: never serialise it (logs, traces).
  toJSON(): { name: string; container: string } {
    return { name: 'BlobStateStorage', container: this.container };
  }
}
