import { cp, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openKnowledgeRuntime } from '../../src/answering/knowledgeRuntime';
import { createBotbuilderHost } from '../../src/bot/botbuilderHost';
import { FaqActivityBot } from '../../src/channels/activityBot';
import { MemoryLearningStore } from '../../src/learning/memoryLearningStore';
import type { LearningEvent, LearningStore } from '../../src/learning/types';
import { createServer } from '../../src/server/createServer';
import { noCredentials } from '../helpers/botServer';
import { silentLogger } from '../helpers/logs';
import { SEEDED_NOW } from './seededRecords';

export interface AdminBot {
  url: string;
  knowledgeDir: string;
  close(): Promise<void>;
}

/**
 * The real server on 127.0.0.1 over a copy of the real knowledge folder (the staff page writes to it),
 * with records seeded in `store` (default: memory); without `secret`, no staff page.
 */
export async function startAdminBot(
  options: { secret?: string; records?: LearningEvent[]; store?: LearningStore; failureLimit?: { failures: number; windowSeconds: number } } = {},
): Promise<AdminBot> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'admin-test-'));
  const knowledgeDir = path.join(scratch, 'knowledge');
  await cp(path.resolve(__dirname, '..', '..', 'knowledge'), knowledgeDir, { recursive: true });
  const knowledge = await openKnowledgeRuntime(knowledgeDir, { watch: false, logger: silentLogger });
  const store = options.store ?? new MemoryLearningStore();
  for (const record of options.records ?? []) await store.append(record);
  const bot = new FaqActivityBot({ answerer: () => knowledge.answerer(), logger: silentLogger });
  const host = createBotbuilderHost(noCredentials, bot, silentLogger);
  const server = createServer({
    host,
    knowledge,
    logger: silentLogger,
    ...(options.secret && { admin: { secret: options.secret, knowledgeDir, store, reload: () => knowledge.reload(), now: () => SEEDED_NOW, ...(options.failureLimit && { failureLimit: options.failureLimit }) } }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    knowledgeDir,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections();
      });
      await knowledge.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
