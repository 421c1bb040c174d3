import type { AddressInfo } from 'node:net';
import { ContainerClient } from '@azure/storage-blob';
import { ActivityHandler, ConversationState, TestAdapter, type Storage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createBotbuilderLogicHost } from '../../src/bot/botbuilderHost';
import type { StorageConfig } from '../../src/config/types';
import { BlobLearningStore } from '../../src/learning/blobLearningStore';
import { createLearningRecorder } from '../../src/learning/learningRecorder';
import { ResilientLearningStore } from '../../src/learning/resilientLearningStore';
import type { LearningEvent } from '../../src/learning/types';
import { createServer } from '../../src/server/createServer';
import type { Health } from '../../src/server/healthRoute';
import { fixedKnowledgeRuntime } from '../../src/answering/knowledgeRuntime';
import { blobPipelineOptions } from '../../src/storage/blobOptions';
import { BlobStateStorage } from '../../src/storage/blobStateStorage';
import { createBackendStorage, createStorage } from '../../src/storage/createStorage';
import { DAY_MS, type SweepableStorage } from '../../src/storage/sweepableStorage';
import type { ResilientStorage } from '../../src/storage/resilientStorage';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { runDataCli } from '../helpers/dataCli';
import { noCredentials } from '../helpers/botServer';
import { realKnowledgeBase } from '../helpers/knowledge';
import { silentLogger } from '../helpers/logs';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 60_000);
afterAll(async () => {
  await azurite?.dispose();
});

const blobConfig = (container: string): StorageConfig => ({ kind: 'blob', dataDir: './unused', stateIdleDays: 30, connectionString: azurite.connectionString, container });

/** A bot that counts the turns of each conversation in conversation state: it answers whatever the store does. */
class CountingBot extends ActivityHandler {
  constructor(storage: Storage) {
    super();
    const state = new ConversationState(storage);
    const turns = state.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      const count = (await turns.get(context, 0)) + 1;
      await turns.set(context, count);
      await context.sendActivity(`tour ${count}`);
      await state.saveChanges(context);
      await next();
    });
  }
}

/** One conversation with a bot instance (TestAdapter keeps the same conversation id across instances). */
const converse = (bot: ActivityHandler) => new TestAdapter((context) => bot.run(context));

describe('When the bot state is kept in Azure Blob Storage (Azurite)', () => {
  test('two instances share it: what one writes, the other reads, French text intact', async () => {
    const container = azurite.freshContainer();
    const first = new BlobStateStorage(azurite.connectionString, container);
    const second = new BlobStateStorage(azurite.connectionString, container);
    await first.write({ 'msteams/conversations/19:abc@thread.v2': { lastTopic: 'Développeur « back end » 👍' } });
    expect((await second.read(['msteams/conversations/19:abc@thread.v2', 'missing']))['msteams/conversations/19:abc@thread.v2']).toMatchObject({
      lastTopic: 'Développeur « back end » 👍',
    });
  });

  test('eTags guard concurrent instances: a stale write is refused', async () => {
    const storage = new BlobStateStorage(azurite.connectionString, azurite.freshContainer());
    await storage.write({ k: { v: 1 } });
    const item = (await storage.read(['k'])).k;
    await storage.write({ k: { ...item, v: 2 } });
    await expect(storage.write({ k: { ...item, v: 3 } })).rejects.toThrow(/eTag conflict/);
  });

  test('learning records go to the same container, under learning/YYYY-MM-DD/, and retention deletes old days', async () => {
    const container = azurite.freshContainer();
    const client = new ContainerClient(azurite.connectionString, container);
    const store = new BlobLearningStore(client);
    const vote = (at: string): LearningEvent => ({ type: 'feedback', at, conversation: 'c', entryId: 'e', vote: 'up' });
    await store.append(vote('2025-03-01T10:00:00.000Z'));
    await store.append(vote('2025-03-02T10:00:00.000Z'));
    await store.append(vote('2025-03-02T11:00:00.000Z'));
    await new BlobStateStorage(azurite.connectionString, container).write({ 'test/conversations/x': { n: 1 } });

    const names: string[] = [];
    for await (const blob of client.listBlobsFlat()) names.push(blob.name);
    expect(names.filter((name) => name.startsWith('learning/')).map((name) => name.split('/')[1])).toEqual(['2025-03-01', '2025-03-02']);
    expect(names.filter((name) => !name.startsWith('learning/'))).toHaveLength(1);

    expect((await new BlobLearningStore(client).list(new Date('2025-03-02T00:00:00.000Z'))).map((e) => e.at)).toEqual([
      '2025-03-02T10:00:00.000Z',
      '2025-03-02T11:00:00.000Z',
    ]);
    expect(await store.purge(new Date('2025-03-02T12:00:00.000Z'))).toBe(1);
    expect(await store.list(new Date(0))).toHaveLength(2);
  });
});

describe('When a conversation stays idle longer than STATE_IDLE_DAYS (Azurite)', () => {
  test('its state is no longer read, and the sweep deletes its blob but not the learning records', async () => {
    const container = azurite.freshContainer();
    let now = Date.now();
    const storage = createBackendStorage(blobConfig(container), () => now) as SweepableStorage;
    const conversation = converse(new CountingBot(storage));
    await conversation.send('bonjour').assertReply('tour 1');
    await new BlobLearningStore(new ContainerClient(azurite.connectionString, container)).append({
      type: 'feedback', at: new Date(now).toISOString(), conversation: 'c', entryId: 'e', vote: 'up',
    });

    now += 29 * DAY_MS;
    await conversation.send('encore là ?').assertReply('tour 2');

    now += 31 * DAY_MS;
    await converse(new CountingBot(storage)).send('me revoilà').assertReply('tour 1');
    now += 31 * DAY_MS;
    expect(await storage.sweepExpired()).toBe(1);
    const names: string[] = [];
    for await (const blob of new ContainerClient(azurite.connectionString, container).listBlobsFlat()) names.push(blob.name);
    expect(names.every((name) => name.startsWith('learning/'))).toBe(true);
    expect(names).toHaveLength(1);
  });
});

describe('When support staff erase a visitor on request (Azurite)', () => {
  test('npm run data:erase deletes that conversation\'s state and records, and nobody else\'s', { timeout: 60_000 }, async () => {
    const container = azurite.freshContainer();
    const salt = 'a-test-salt-of-sufficient-length';
    const client = new ContainerClient(azurite.connectionString, container);
    const recorder = createLearningRecorder({ store: new BlobLearningStore(client), salt });
    const state = new BlobStateStorage(azurite.connectionString, container);
    await state.write({ 'webchat/conversations/visitor-1': { n: 1 }, 'webchat/conversations/visitor-2': { n: 2 } });
    for (const conversationId of ['visitor-1', 'visitor-2', 'visitor-1']) await recorder.feedback({ entryId: 'e', vote: 'up', conversationId });

    const result = await runDataCli('src/cli/dataErase.ts', ['visitor-1'], {
      STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: container, LEARNING_SALT: salt,
    });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('état de conversation : 1 élément effacé');
    expect(result.stdout).toContain('enregistrements d’apprentissage : 2 enregistrements effacés');
    expect(Object.keys(await state.read(['webchat/conversations/visitor-1', 'webchat/conversations/visitor-2']))).toEqual(['webchat/conversations/visitor-2']);
    expect(await new BlobLearningStore(client).list(new Date(0))).toHaveLength(1);
  });
});

describe('When the store goes away in the middle of a conversation', () => {
  test('the bot keeps answering, /healthz says degraded, and queued writes are replayed when it is back', { timeout: 90_000 }, async () => {
    const container = azurite.freshContainer();
    const options = { logger: silentLogger, timeoutMs: 3_000, retryIntervalMs: 60_000 };
    const storage: ResilientStorage = createStorage(blobConfig(container), options);
    const records = new ResilientLearningStore(new BlobLearningStore(new ContainerClient(azurite.connectionString, container, blobPipelineOptions())), { logger: silentLogger });
    const recorder = createLearningRecorder({ store: records, salt: 'a-test-salt-of-sufficient-length' });
    const server = createServer({
      host: createBotbuilderLogicHost(noCredentials, (context) => new CountingBot(storage).run(context), silentLogger),
      knowledge: fixedKnowledgeRuntime(await realKnowledgeBase()),
      logger: silentLogger,
      storage,
      version: 'test',
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const health = async () => (await (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`)).json()) as Health;

    try {
      const conversation = converse(new CountingBot(storage));
      await conversation.send('bonjour').assertReply('tour 1');
      await conversation.send('les missions ?').assertReply('tour 2');
      expect((await health()).storage).toEqual({ kind: 'blob', status: 'ok', pendingWrites: 0 });

      await azurite.stop();

      // The conversation goes on from what this instance last saw; its writes wait.
      await conversation.send('et les langages ?').assertReply('tour 3');
      await recorder.feedback({ entryId: 'back-end-languages', vote: 'up', conversationId: 'conversation-1' });
      const during = await health();
      expect(during.status).toBe('degraded');
      expect(during.storage).toMatchObject({ kind: 'blob', status: 'degraded', pendingWrites: 1 });
      expect(during.storage?.lastError).toMatch(/ECONNREFUSED/);
      expect(records.pending).toBe(1);

      // An instance that starts during the outage answers too, without state.
      const lateStorage = createStorage(blobConfig(container), options);
      await converse(new CountingBot(lateStorage)).send('bonjour').assertReply('tour 1');
      expect(lateStorage.health().status).toBe('degraded');

      await azurite.restart();

      expect(await storage.catchUp()).toBe(true);
      expect(await records.flush()).toBe(true);
      expect(await health()).toMatchObject({ status: 'ok', storage: { status: 'ok', pendingWrites: 0 } });
      // The late instance recovers too (the SDK's failed container creation is not kept).
      expect(await lateStorage.catchUp()).toBe(true);

      // A fresh instance (empty cache) reads the state written during the outage from the store itself.
      const fresh = createStorage(blobConfig(container), options);
      await converse(new CountingBot(fresh)).send('et en portage ?').assertReply('tour 4');
      expect((await records.list(new Date(0))).map((event) => event.type)).toEqual(['feedback']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
