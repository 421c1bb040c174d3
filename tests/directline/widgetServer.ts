import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { createAgentsHost } from '../../src/agents/createAgentsHost';
import { createBotbuilderHost } from '../../src/bot/botbuilderHost';
import type { BotSdk } from '../../src/server/botHost';
import type { ActivityBot } from '../../src/channels/activity';
import { FaqActivityBot } from '../../src/channels/activityBot';
import { loadConfig } from '../../src/config/loadConfig';
import type { DirectLineConfig, WidgetConfig } from '../../src/config/types';
import { createLearningRecorder } from '../../src/learning/learningRecorder';
import { MemoryLearningStore } from '../../src/learning/memoryLearningStore';
import type { Logger } from '../../src/logging/createLogger';
import { createServer } from '../../src/server/createServer';
import { fixedKnowledgeRuntime, type KnowledgeRuntime } from '../../src/answering/knowledgeRuntime';
import { noCredentials } from '../helpers/botServer';
import { realKnowledgeBase } from '../helpers/knowledge';
import { silentLogger } from '../helpers/logs';

export interface RunningWidgetServer {
  url: string;
  server: Server;
  /** The learning records the FaqBot wrote (feedback votes...). */
  learning: MemoryLearningStore;
  close(): Promise<void>;
}

/**
 * The real server with the website widget (FaqBot over the real knowledge base, its CloudAdapter, the widget
 * routes and the built-in Direct Line by default) on 127.0.0.1, free port. Settings start from the defaults
 * of an empty configuration; `directLine` and `widget` override some.
 */
export async function startWidgetServer(
  options: {
    directLine?: Partial<DirectLineConfig>;
    widget?: Partial<WidgetConfig>;
    /** Clock of idle expiry. */
    now?: () => number;
    logger?: Logger;
    /** Replaces the FaqBot (e.g. a bot that records what it receives). */
    bot?: (knowledge: KnowledgeRuntime) => ActivityBot;
    /** The host of /api/messages (the built-in Direct Line runs the SDK-free bot either way). */
    sdk?: BotSdk;
  } = {},
): Promise<RunningWidgetServer> {
  const defaults = loadConfig({});
  const logger = options.logger ?? silentLogger;
  const knowledge = fixedKnowledgeRuntime(await realKnowledgeBase());
  const learning = new MemoryLearningStore();
  const recorder = createLearningRecorder({ store: learning, salt: 'widget-tests-salt-0123456789' });
  const bot = options.bot?.(knowledge) ?? new FaqActivityBot({ answerer: () => knowledge.answerer(), recorder, logger });
  const server = createServer({
    host: (options.sdk === 'agents' ? createAgentsHost : createBotbuilderHost)(noCredentials, bot, logger),
    bot,
    knowledge,
    logger,
    widget: {
      config: { ...defaults.widget, ...options.widget },
      directLine: { ...defaults.directLine, ...options.directLine },
      appId: '',
      now: options.now,
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    learning,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections();
      }),
  };
}
