import type { AddressInfo } from 'node:net';
import type { TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { createAgentsHost } from '../../src/agents/createAgentsHost';
import { createBotbuilderHost, createBotbuilderLogicHost } from '../../src/bot/botbuilderHost';
import type { ActivityBot } from '../../src/channels/activity';
import type { BotSdk } from '../../src/server/botHost';
import type { AdapterOptions } from '../../src/bot/createAdapter';
import { FaqBot } from '../../src/bot/faqBot';
import type { BotCredentials } from '../../src/config/types';
import type { LearningRecorder } from '../../src/learning/types';
import type { Logger } from '../../src/logging/createLogger';
import { createServer, type EndpointOptions } from '../../src/server/createServer';
import { fixedKnowledgeRuntime, type KnowledgeRuntime } from '../../src/answering/knowledgeRuntime';
import { realKnowledgeBase } from './knowledge';
import { silentLogger } from './logs';

export const noCredentials: BotCredentials = Object.freeze({
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  MicrosoftAppType: 'MultiTenant',
  MicrosoftAppTenantId: '',
});

export interface RunningBot {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * The real server (adapter, FaqBot over the real knowledge base, routes) listening on 127.0.0.1, free port.
 * `bot` replaces the FaqBot (e.g. a bot that throws); `knowledge` the fixed real base (e.g. a watched copy).
 */
export async function startBotServer(
  options: {
    credentials?: BotCredentials;
    logger?: Logger;
    /** The real knowledge base, never reloaded, by default. */
    knowledge?: KnowledgeRuntime;
    bot?: (knowledge: KnowledgeRuntime) => { run(context: TurnContext): Promise<void> };
    /** An SDK-free bot run by the host `sdk` (default botbuilder); replaces `bot`. */
    activityBot?: (knowledge: KnowledgeRuntime) => ActivityBot;
    sdk?: BotSdk;
    /** Default: loopback-only /api/messages when there are no credentials, as the entry point does. */
    endpoints?: Partial<EndpointOptions>;
    adapter?: AdapterOptions;
    /** Default 127.0.0.1; `0.0.0.0` to be reached on the machine's other addresses. */
    host?: string;
    /** The learning recorder `/api/ask` writes to with `"record": true` (default: none). */
    recorder?: LearningRecorder;
  } = {},
): Promise<RunningBot> {
  const logger = options.logger ?? silentLogger;
  const knowledge = options.knowledge ?? fixedKnowledgeRuntime(await realKnowledgeBase());
  const credentials = options.credentials ?? noCredentials;
  const bot = options.bot?.(knowledge) ?? new FaqBot({ answerer: () => knowledge.answerer() });
  const activityBot = options.activityBot?.(knowledge);
  const host = !activityBot
    ? createBotbuilderLogicHost(credentials, (context) => bot.run(context), logger, options.adapter)
    : options.sdk === 'agents'
      ? createAgentsHost(credentials, activityBot, logger)
      : createBotbuilderHost(credentials, activityBot, logger, options.adapter);
  const endpoints: EndpointOptions = {
    loopbackOnly: credentials.MicrosoftAppId === '',
    turnTimeoutMs: 15_000,
    askRequestsPerMinute: 10_000,
    trustProxy: false,
    ...options.endpoints,
  };
  const server = createServer({ host, knowledge, logger, endpoints, ...(options.recorder && { recorder: options.recorder }) });
  await new Promise<void>((resolve) => server.listen(0, options.host ?? '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections();
      }),
  };
}

/** POSTs JSON (or a raw string) and returns the status and the parsed body. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; contentType: string | null }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, contentType: response.headers.get('content-type') };
}
