import { text as readText } from 'node:stream/consumers';
import { ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { blobPipelineOptions, LEARNING_PREFIX } from './blobOptions';
import { isETagConflict } from './eTagConflict';
import { isIdle, type IdleExpiry, type SweepableStorage } from './sweepableStorage';

/**
 * Bot state in Azure Blob Storage (one JSON blob per key), shared by every instance of the bot.
 * Writes and deletes go through the SDK's BlobsStorage; reads are ours, to see each blob's last-modified
 * time: with an `expiry`, a blob not written for the idle time reads as absent and `sweepExpired()` deletes it.
 *
 * BlobsStorage creates its container once and keeps that promise, even a failed one: when the
 * store is down at start it would never recover. So after any failure the next call uses a fresh one.
 *
 * @example new BlobStateStorage(process.env.AZURE_STORAGE_CONNECTION_STRING, 'faq-bot', { idleMs: 30 * DAY_MS })
 */
export class BlobStateStorage implements Storage, SweepableStorage {
  private current?: BlobsStorage;
  private readonly containerClient: ContainerClient;

  constructor(
    private readonly connectionString: string,
    readonly container: string,
    private readonly expiry?: IdleExpiry,
  ) {
    this.containerClient = new ContainerClient(connectionString, container, blobPipelineOptions());
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    const readOne = async (key: string) => {
      const item = await this.readOne(key);
      if (item) items[key] = item;
    };
    await this.call(() => Promise.all(keys.map(readOne)));
    return items;
  }

  write(changes: StoreItems): Promise<void> {
    return this.call((storage) => storage.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.call((storage) => storage.delete(keys));
  }

  async sweepExpired(): Promise<number> {
    if (!this.expiry) return 0;
    let deleted = 0;
    for await (const blob of this.stateBlobs()) {
      if (!isIdle(blob.properties.lastModified, this.expiry)) continue;
      // Only the version listed: a visitor who wrote meanwhile keeps their state (412, ignored).
      if (await this.deleteBlob(blob.name, blob.properties.etag)) deleted++;
    }
    return deleted;
  }

  async deleteWhere(matches: (key: string) => boolean): Promise<string[]> {
    const erased: string[] = [];
    for await (const blob of this.stateBlobs()) {
      const key = keyOfBlob(blob.name);
      if (key !== undefined && matches(key) && (await this.deleteBlob(blob.name))) erased.push(key);
    }
    return erased;
  }

  /** Like BlobsStorage.read, plus the idle check. A missing container or blob is no item. */
  private async readOne(key: string): Promise<StoreItem | undefined> {
    let response;
    try {
      response = await this.containerClient.getBlobClient(sanitizeBlobKey(key)).download();
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
    const body = response.readableStreamBody;
    if (!body) return undefined;
    if (isIdle(response.lastModified, this.expiry)) {
      body.resume();
      return undefined;
    }
    return { ...(JSON.parse(await readText(body)) as StoreItem), eTag: response.etag };
  }

  /** The container's state blobs (learning records live under their own prefix in the same container). */
  private async *stateBlobs() {
    try {
      for await (const blob of this.containerClient.listBlobsFlat()) {
        if (!blob.name.startsWith(LEARNING_PREFIX)) yield blob;
      }
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw error;
    }
  }

  /** True when deleted; false when already gone or, with `eTag`, changed since listed. */
  private async deleteBlob(name: string, eTag?: string): Promise<boolean> {
    try {
      await this.containerClient.deleteBlob(name, { deleteSnapshots: 'include', ...(eTag ? { conditions: { ifMatch: eTag } } : {}) });
      return true;
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 404 || status === 412) return false;
      throw error;
    }
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

/** BlobsStorage names a blob by the URI-encoded key: no real `/` in state blob names. */
function keyOfBlob(name: string): string | undefined {
  try {
    return decodeURIComponent(name);
  } catch {
    return undefined;
  }
}
