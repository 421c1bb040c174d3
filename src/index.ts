/**
 * Entry point: wires configuration, logger, knowledge base, adapter, bot and HTTP server. No logic here.
 * `npm start` (built) or `npm run dev` (watch mode).
 */
// First: the modules loaded after it may come from Node's compile cache (Node 22.1 and later).
import './compileCache';
// Before the SDK and restify are loaded: what they load for features a start does not use waits for its first use.
import './deferDependencies';
// restify's body reader calls the deprecated Buffer constructor; Node's check of each caller costs more than our answer.
import './endBufferDeprecationCheck';
import path from 'node:path';
import dotenv from 'dotenv';
import { openKnowledgeRuntime } from './answering/knowledgeRuntime';
import { createBotbuilderHost } from './bot/botbuilderHost';
import { FaqActivityBot } from './channels/activityBot';
import { messages } from './conversation/messages';
import { ConfigError, isAuthenticationDisabled, loadConfig } from './config/loadConfig';
import { widgetProfileWarnings, widgetWarnings } from './config/widgetWarnings';
import { KnowledgeBaseError } from './knowledge';
import { openLearning } from './learning/openLearning';
import { createLogger } from './logging/createLogger';
import { createServer } from './server/createServer';
import { openSharedDirectLine } from './server/directLine/sharedDirectLine';
import { handleShutdownSignals } from './server/gracefulShutdown';
import { createStorage } from './storage/createStorage';
import { startStateSweep } from './storage/stateSweep';
import { isSweepable } from './storage/sweepableStorage';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env);
  const logger = createLogger({ level: config.logLevel, pretty: config.nodeEnv === 'development' });
  for (const warning of widgetWarnings(config)) logger.warn(warning);

  const knowledgeDir = path.resolve(config.knowledgeDir);
  const knowledge = await openKnowledgeRuntime(knowledgeDir, {
    watch: config.knowledgeWatch,
    logger,
    answering: config.answering,
    // The last good base, to start from when the folder is broken, the parsed base, to start without parsing
    // the same files again, and the matcher's word lists and stems (none with STORAGE=memory: nothing on disk).
    ...(config.storage.kind !== 'memory' && {
      snapshotDir: path.join(path.resolve(config.storage.dataDir), 'knowledge-last-good'),
      cacheFile: path.join(path.resolve(config.storage.dataDir), 'knowledge-cache.json'),
      matchingCacheFile: path.join(path.resolve(config.storage.dataDir), 'matching-cache.json'),
    }),
    // Written by `npm run build` (src/cli/warmCaches.ts): a first start on an empty DATA_DIR reads them.
    built: { cacheFile: path.join(__dirname, 'caches', 'knowledge-cache.json'), matchingCacheFile: path.join(__dirname, 'caches', 'matching-cache.json') },
  }).catch((error: unknown) => {
    if (error instanceof KnowledgeBaseError) console.error(`Cannot load the knowledge base (KNOWLEDGE_DIR=${config.knowledgeDir}).`);
    throw error;
  });
  const kb = knowledge.answerer().knowledgeBase;
  logger.info({ dir: knowledgeDir, knowledge: knowledge.health(), watch: config.knowledgeWatch }, 'Knowledge base loaded');
  for (const warning of kb.warnings ?? []) logger.warn({ issue: warning }, 'Knowledge base warning');
  for (const warning of widgetProfileWarnings(config.widget, kb)) logger.warn(warning);

  const storage = createStorage(config.storage, { logger });
  const learning = await openLearning(config, logger);
  const where = config.storage.kind === 'blob' ? { container: config.storage.container } : { dataDir: path.resolve(config.storage.dataDir) };
  const { stateIdleDays } = config.storage;
  logger.info({ storage: config.storage.kind, ...where, stateIdleDays, retentionDays: config.learning.retentionDays }, 'State and learning records storage');
  const stateSweep = isSweepable(storage.backend) ? startStateSweep({ storage: storage.backend, logger, idleDays: stateIdleDays }) : undefined;

  const bot = new FaqActivityBot({ answerer: () => knowledge.answerer(), storage, recorder: learning.recorder, handoff: config.handoff, logger });
  // The Agents SDK is loaded only when it hosts the bot: it takes about as long to load as the rest of the bot.
  const host =
    config.botSdk === 'agents'
      ? (await import('./agents/createAgentsHost.js')).createAgentsHost(config.bot, bot, logger, { turnErrorMessage: messages.turnError })
      : createBotbuilderHost(config.bot, bot, logger);
  // REDIS_URL: the built-in Direct Line's conversations are shared by every instance (absent: in memory).
  const shared = await openSharedDirectLine(config.directLine, logger);
  const widget = { config: config.widget, directLine: config.directLine, appId: config.bot.MicrosoftAppId, shared };
  const loopbackOnly = isAuthenticationDisabled(config);
  const endpoints = {
    loopbackOnly,
    turnTimeoutMs: config.endpoints.turnTimeoutMs,
    askRequestsPerMinute: config.endpoints.askRequestsPerMinute,
    trustProxy: config.directLine.trustProxy,
  };
  const admin = config.admin?.secret
    ? { secret: config.admin.secret, knowledgeDir, store: learning.store, reload: () => knowledge.reload(), defaultDays: Math.min(30, config.learning.retentionDays) }
    : undefined;
  const server = createServer({ host, bot, knowledge, logger, recorder: learning.recorder, widget, storage, endpoints, ...(admin && { admin }) });

  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? `port ${config.port} is already in use (set PORT)` : error.message;
    logger.fatal({ err: error }, `Cannot start the server: ${reason}`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    logger.info(
      {
        port: address.port,
        endpoint: `http://localhost:${address.port}/api/messages`,
        authentication: loopbackOnly ? 'disabled (local: Emulator, Agents Playground)' : config.bot.MicrosoftAppType,
        messagesEndpoint: loopbackOnly ? 'loopback-only' : 'authenticated',
      },
      'FAQ bot listening',
    );
    if (loopbackOnly) {
      logger.warn(
        'No credentials (MicrosoftAppId is empty): /api/messages serves this machine only (127.0.0.1, ::1) and replies to a serviceUrl on this machine only',
      );
    }
  });

  handleShutdownSignals({ server, logger, resources: [knowledge, ...(stateSweep ? [stateSweep] : []), storage, learning, ...(shared ? [shared] : [])] });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'Unhandled promise rejection'));
}

main().catch((error: unknown) => {
  // Start-up failures are read by a person at a terminal: plain text, then exit 1.
  if (error instanceof ConfigError || error instanceof KnowledgeBaseError) {
    console.error(error.message);
  } else {
    console.error('Cannot start the bot:', error);
  }
  process.exit(1);
});
