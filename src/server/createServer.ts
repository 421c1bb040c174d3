import type { Server, ServerOptions } from 'restify';
import type { Answerer } from '../answering/answerer';
import type { ActivityBot } from '../channels/activity';
import { endpointSecurityDefaults } from '../config/defaults';
import type { KnowledgeHealth } from '../knowledge/knowledgeHealth';
import type { LearningRecorder } from '../learning/types';
import type { Logger } from '../logging/createLogger';
import type { StorageHealth } from '../storage/storageHealth';
import { registerAdminRoutes, type AdminOptions } from './adminRoutes';
import { askRoute } from './askRoute';
import type { BotHost } from './botHost';
import { clientAddress } from './directLine/clientAddress';
import { createRateLimit } from './directLine/rateLimit';
import { httpErrors } from './errorMessages';
import { healthRoute } from './healthRoute';
import { messagesRoute, type MessagesEndpointOptions } from './messagesRoute';
import { readVersion } from './readVersion';
import { bodyReader, createRestifyServer, jsonBodyParser } from './restifyServer';
import { addSecurityHeaders } from './securityHeaders';
import { registerWidgetRoutes, type WidgetServerOptions } from './widgetRoutes';

/** A request that took this long is logged at info level even when it succeeded. */
export const slowRequestMs = 1000;

/** Activities and questions are small; anything bigger is refused with 413 before parsing. */
export const maxBodyBytes = 256 * 1024;

/** Who may call the endpoints and how much: see README, "Security: what each endpoint refuses". */
export interface EndpointOptions extends MessagesEndpointOptions {
  /** Requests to /api/ask per client IP per minute. */
  askRequestsPerMinute: number;
  /** Behind one reverse proxy: the client IP of the limits is the last X-Forwarded-For address. */
  trustProxy: boolean;
}

/** Safe when nothing is said: /api/messages for this machine only. */
const defaultEndpoints: EndpointOptions = Object.freeze({
  loopbackOnly: true,
  turnTimeoutMs: endpointSecurityDefaults.turnTimeoutMs,
  askRequestsPerMinute: endpointSecurityDefaults.askRequestsPerMinute,
  trustProxy: false,
});

export interface ServerDependencies {
  /** The SDK host that serves /api/messages (botbuilder 4 or the Microsoft 365 Agents SDK). */
  host: BotHost;
  /** The bot itself, SDK-free: the built-in Direct Line of the widget runs it directly (needed with `widget`). */
  bot?: ActivityBot;
  /** The knowledge base in use: the answerer over it and its health. */
  knowledge: { answerer(): Answerer; health(): KnowledgeHealth };
  logger: Logger;
  /** The learning recorder, for `/api/ask` questions sent with `"record": true` (absent: never recorded). */
  recorder?: LearningRecorder;
  /** The state storage, whose health /healthz reports (absent: not reported). */
  storage?: { health(): StorageHealth };
  /** Reported by /healthz (package.json's by default). */
  version?: string;
  /** The website widget and its Direct Line (absent: no widget routes). */
  widget?: WidgetServerOptions;
  /** Absent: /api/messages is loopback-only, with the default deadline and /api/ask rate. */
  endpoints?: EndpointOptions;
  /** The staff page /admin (absent: 404). */
  admin?: AdminOptions;
}

/**
 * Builds the HTTP server with its routes, without listening: the caller (or a test) picks the port.
 * @example
 *   const server = createServer({ host, bot, knowledge, logger });
 *   server.listen(3978);
 */
export function createServer(deps: ServerDependencies): Server {
  const { host, bot, knowledge, logger } = deps;
  const endpoints = deps.endpoints ?? defaultEndpoints;
  // restify logs a few things itself (a reply it cannot format, with the whole request): through the app's
  // logger, so LOG_LEVEL and the redaction apply and request headers are never written.
  const restifyLog = logger.child({ component: 'restify' }) as unknown as NonNullable<ServerOptions['log']>;
  const server = createRestifyServer({ name: 'faq-bot', handleUncaughtExceptions: false, log: restifyLog });

  server.pre(addSecurityHeaders);
  // Read (with a size limit) then parse JSON only: no form or multipart parsing, no mapping into req.params.
  server.use(bodyReader({ maxBodySize: maxBodyBytes }));
  server.use(jsonBodyParser({ bodyReader: true, mapParams: false }));

  server.post('/api/messages', messagesRoute(host, logger, endpoints));
  const askLimit = createRateLimit(endpoints.askRequestsPerMinute, 60);
  const askLearning = deps.recorder && { recorder: deps.recorder, logger };
  server.post('/api/ask', askRoute(() => knowledge.answerer(), { limit: askLimit, clientOf: (req) => clientAddress(req, endpoints.trustProxy) }, askLearning));
  const storage = deps.storage;
  const messagesMode = endpoints.loopbackOnly ? 'loopback-only' : 'authenticated';
  let builtin: ReturnType<typeof registerWidgetRoutes>;
  if (deps.widget) {
    if (!bot) throw new Error('createServer: the widget needs the bot (deps.bot)');
    builtin = registerWidgetRoutes(server, { bot, logger }, deps.widget);
  }
  if (deps.admin) registerAdminRoutes(server, { answerer: () => knowledge.answerer(), logger, clientOf: (req) => clientAddress(req, endpoints.trustProxy) }, deps.admin);
  const directLineHealth = () => builtin?.conversations.health();
  server.get('/healthz', healthRoute(deps.version ?? readVersion(), messagesMode, () => knowledge.health(), storage && (() => storage.health()), host.sdk, directLineHealth));

  // restify's own errors (bad JSON, 404, 413...) get the same `{ error }` shape as ours.
  server.on('restifyError', (_req, _res, err: Error & { statusCode?: number }, callback: () => void) => {
    const internal = (err.statusCode ?? 500) >= 500;
    if (internal) logger.error({ err }, 'Unhandled error in a route');
    Object.assign(err, { toJSON: () => ({ error: internal ? httpErrors.internal : err.message }) });
    return callback();
  });

  // One line per request; never headers (they carry the Authorization token). A request answered as it
  // should, in less than a second, is routine: at debug level, since one line per turn at info costs as much
  // as a good part of the turn and buries what matters. A refusal, an error or a slow answer is at info.
  server.on('after', (req, res, _route, err) => {
    const ms = Date.now() - req.time();
    const routine = res.statusCode < 400 && ms < slowRequestMs && !err;
    if (routine && !logger.isLevelEnabled('debug')) return;
    const line = { method: req.method, path: req.getPath(), status: res.statusCode, ms, err: err?.message };
    if (routine) logger.debug(line, 'request');
    else logger.info(line, 'request');
  });

  return server;
}
