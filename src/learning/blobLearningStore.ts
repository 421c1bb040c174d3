import { randomBytes } from 'node:crypto';
import { text as streamText } from 'node:stream/consumers';
import { ContainerClient } from '@azure/storage-blob';
import { blobPipelineOptions, LEARNING_PREFIX } from '../storage/blobOptions';
import { DAY_PATTERN, dayOf } from './day';
import { parseJsonLines, since } from './parseLearningEvent';
import type { LearningEvent, LearningStore } from './types';
import { withoutConversation } from './withoutConversation';

// appendBlock takes at most 4 MiB; a rewritten day blob is appended back in pieces this size.
const MAX_APPEND_BYTES = 4 * 1024 * 1024;
// A blob another instance appends to while we rewrite it: read it again and retry, this many times.
const ERASE_ATTEMPTS = 5;

/**
 * Records in Azure Blob Storage, in the same container as the bot state:
 * `learning/YYYY-MM-DD/<writer>.jsonl`, an append blob per day and per running instance
 * (instances never write to the same blob, so appends need no coordination).
 *
 * @example new BlobLearningStore(new ContainerClient(connectionString, 'faq-bot', blobPipelineOptions()))
 */
export class BlobLearningStore implements LearningStore {
  private readonly writer = randomBytes(6).toString('hex');
  private part = 0;
  private readonly created = new Map<string, Promise<unknown>>();
  private containerReady?: Promise<unknown>;

  constructor(private readonly container: ContainerClient) {}

  async append(event: LearningEvent): Promise<void> {
    const line = `${JSON.stringify(event)}\n`;
    const blob = this.container.getAppendBlobClient(this.blobName(dayOf(new Date(event.at))));
    await this.ensureCreated(blob.name, () => blob.createIfNotExists({ blobHTTPHeaders: { blobContentType: 'application/x-ndjson' } }));
    try {
      await blob.appendBlock(line, Buffer.byteLength(line));
    } catch (error) {
      // An append blob holds 50 000 blocks at most: go on in a new one.
      if ((error as { code?: string }).code !== 'BlockCountExceedsLimit') throw error;
      this.part++;
      await this.append(event);
    }
  }

  async list(from: Date): Promise<LearningEvent[]> {
    const firstDay = dayOf(from);
    const names: string[] = [];
    for await (const blob of this.container.listBlobsFlat({ prefix: LEARNING_PREFIX })) {
      const day = dayOfBlob(blob.name);
      if (day && day >= firstDay) names.push(blob.name);
    }
    const texts = await Promise.all(names.map((name) => this.container.getBlobClient(name).downloadToBuffer().then((b) => b.toString('utf8'))));
    return since(texts.flatMap(parseJsonLines), from);
  }

  async purge(before: Date): Promise<number> {
    const lastKept = dayOf(before);
    const days = new Set<string>();
    for await (const blob of this.container.listBlobsFlat({ prefix: LEARNING_PREFIX })) {
      const day = dayOfBlob(blob.name);
      if (!day || day >= lastKept) continue;
      await this.container.deleteBlob(blob.name, { deleteSnapshots: 'include' }).catch((error: { statusCode?: number }) => {
        if (error.statusCode !== 404) throw error;
      });
      days.add(day);
    }
    return days.size;
  }

  /**
   * Rewrites each day blob without that conversation's records. Guarded by the blob's eTag: when an
   * instance appends meanwhile, the blob is read again, so its new record is not lost.
   */
  async erase(conversation: string): Promise<number> {
    let removed = 0;
    try {
      for await (const blob of this.container.listBlobsFlat({ prefix: LEARNING_PREFIX })) {
        removed += await this.eraseFrom(blob.name, conversation);
      }
    } catch (error) {
      // No container yet: no records.
      if (!isNotFound(error)) throw error;
    }
    return removed;
  }

  private async eraseFrom(name: string, conversation: string, attempt = 1): Promise<number> {
    const client = this.container.getAppendBlobClient(name);
    const downloaded = await client.download().catch((error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    });
    if (!downloaded) return 0;
    const eTag = downloaded.etag;
    const text = downloaded.readableStreamBody ? (await streamText(downloaded.readableStreamBody)) : '';
    const filtered = withoutConversation(text, conversation);
    if (filtered.removed === 0) return 0;
    const conditions = { ifMatch: eTag };
    try {
      if (filtered.text.trim() === '') {
        await client.delete({ conditions });
      } else {
        await client.create({ conditions, blobHTTPHeaders: { blobContentType: 'application/x-ndjson' } });
        const bytes = Buffer.from(filtered.text.endsWith('\n') ? filtered.text : `${filtered.text}\n`, 'utf8');
        for (let start = 0; start < bytes.length; start += MAX_APPEND_BYTES) {
          const piece = bytes.subarray(start, start + MAX_APPEND_BYTES);
          await client.appendBlock(piece, piece.length);
        }
      }
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 412 || attempt >= ERASE_ATTEMPTS) throw error;
      return this.eraseFrom(name, conversation, attempt + 1);
    }
    return filtered.removed;
  }

  private blobName(day: string): string {
    return `${LEARNING_PREFIX}${day}/${this.writer}${this.part ? `-${this.part}` : ''}.jsonl`;
  }

  /** Creates the container and each day's blob once per process; a failure is tried again next time. */
  private async ensureCreated(name: string, create: () => Promise<unknown>): Promise<void> {
    this.containerReady ??= this.container.createIfNotExists().catch((error: unknown) => {
      this.containerReady = undefined;
      throw error;
    });
    await this.containerReady;
    let creating = this.created.get(name);
    if (!creating) {
      creating = create().catch((error: unknown) => {
        this.created.delete(name);
        throw error;
      });
      this.created.set(name, creating);
    }
    await creating;
  }
}

function isNotFound(error: unknown): boolean {
  return (error as { statusCode?: number }).statusCode === 404;
}

function dayOfBlob(name: string): string | undefined {
  const day = name.slice(LEARNING_PREFIX.length).split('/')[0];
  return DAY_PATTERN.test(day) ? day : undefined;
}

/** The store over a container named by a connection string, with the bot's short retries. */
export function blobLearningStoreFor(connectionString: string, container: string): BlobLearningStore {
  return new BlobLearningStore(new ContainerClient(connectionString, container, blobPipelineOptions()));
}
