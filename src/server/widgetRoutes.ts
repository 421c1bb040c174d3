import type { ActivityBot } from '../channels/activity';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { DirectLineConfig, WidgetConfig } from '../config/types';
import type { Logger } from '../logging/createLogger';
import { createAzureTokenIssuer, type TokenIssuer } from './directLine/azureTokenIssuer';
import { BuiltinDirectLine } from './directLine/builtinDirectLine';
import { registerDirectLineRoutes } from './directLine/directLineRoutes';
import type { SharedDirectLine } from './directLine/sharedDirectLine';
import { directLineOrigins, pageSecurityPolicy } from './securityHeaders';
import { tokenRoute } from './tokenRoute';

export interface WidgetServerOptions {
  config: WidgetConfig;
  directLine: DirectLineConfig;
  /** The bot's App ID ('' locally). */
  appId: string;
  /** Clock of the built-in Direct Line's idle expiry; replaceable in tests. */
  now?: () => number;
  /** Conversations and rate limits shared by several instances (Redis); absent: in this process's memory. */
  shared?: SharedDirectLine;
}

/** What pages learn from `GET /widget/config`: looks and how to connect, nothing secret. */
export interface WidgetClientConfig {
  botName: string;
  primaryColor: string;
  accentColor: string;
  profile: string;
  locale: 'fr-FR';
  directLine: { mode: DirectLineConfig['mode']; domain?: string; webSocket: boolean };
}

const publicDir = path.resolve(__dirname, '..', '..', 'public');
// The package's prebuilt browser bundle (React included): served by the bot, no CDN.
const webChatBundle = path.join(path.dirname(createRequire(__filename).resolve('botframework-webchat')), '..', 'dist', 'webchat.js');

/**
 * The website widget: demo page `/`, loader `/widget.js`, the Web Chat frame and its assets under `/widget/`,
 * its configuration, the token endpoint and, in built-in mode, the Direct Line subset.
 * Returns the built-in Direct Line when there is one (/healthz reports its store).
 */
export function registerWidgetRoutes(
  server: Server,
  deps: { bot: ActivityBot; logger: Logger },
  options: WidgetServerOptions,
): BuiltinDirectLine | undefined {
  const { config, directLine } = options;
  const connectTo = directLine.mode === 'azure' ? directLineOrigins(directLine.endpoint) : [];
  const frameHeaders = { 'Content-Security-Policy': pageSecurityPolicy({ frameAncestors: ["'self'", ...config.allowedOrigins], connectTo }) };
  // The demo page is for visiting, not for framing.
  const pageHeaders = { 'Content-Security-Policy': pageSecurityPolicy({ frameAncestors: [] }) };
  const files: Array<[string, string, string, Record<string, string>?]> = [
    ['/', 'index.html', 'no-cache', pageHeaders],
    ['/demo.js', 'demo.js', 'public, max-age=300'],
    ['/demo.css', 'demo.css', 'public, max-age=300'],
    ['/widget.js', 'widget.js', 'public, max-age=300'],
    ['/widget/widget.css', 'widget.css', 'public, max-age=300'],
    ['/widget/frame', 'frame.html', 'no-cache', frameHeaders],
    ['/widget/frame.js', 'frame.js', 'public, max-age=300'],
    ['/widget/frame.css', 'frame.css', 'public, max-age=300'],
  ];
  for (const [route, file, cacheControl, headers] of files) {
    server.get(route, staticAsset(path.join(publicDir, file), cacheControl, headers));
  }
  server.get('/widget/vendor/webchat.js', staticAsset(webChatBundle, 'public, max-age=86400'));

  const clientConfig: WidgetClientConfig = {
    botName: config.botName,
    primaryColor: config.primaryColor,
    accentColor: config.accentColor,
    profile: config.profile,
    locale: 'fr-FR',
    directLine:
      directLine.mode === 'azure' ? { mode: 'azure', domain: directLine.endpoint, webSocket: true } : { mode: 'builtin', webSocket: false },
  };
  server.get('/widget/config', async (_req: Request, res: Response) => {
    // Read by the loader from any site that embeds it: public, so any origin may read it.
    res.header('Access-Control-Allow-Origin', '*');
    res.header('Cache-Control', 'no-cache');
    res.send(200, clientConfig);
  });

  const startOptions = { trustProxy: directLine.trustProxy, allowedOrigins: config.allowedOrigins };
  let builtin: BuiltinDirectLine | undefined;
  let issuer: TokenIssuer;
  if (directLine.mode === 'azure') {
    issuer = createAzureTokenIssuer({
      endpoint: directLine.endpoint,
      secret: directLine.secret ?? '',
      conversationsPerHour: directLine.conversationsPerHour,
      logger: deps.logger,
      rateLimits: options.shared?.rateLimits,
    });
  } else {
    builtin = new BuiltinDirectLine({
      ...deps,
      appId: options.appId,
      botName: config.botName,
      idleMs: directLine.idleMinutes * 60_000,
      conversationsPerHour: directLine.conversationsPerHour,
      activitiesPerMinute: directLine.activitiesPerMinute,
      pollsPerMinute: directLine.pollsPerMinute,
      maxTotalBytes: directLine.memoryMegabytes * 1024 * 1024,
      now: options.now,
      conversations: options.shared?.conversations,
      rateLimits: options.shared?.rateLimits,
    });
    registerDirectLineRoutes(server, builtin, startOptions);
    issuer = builtin;
  }
  server.post('/api/directline/token', tokenRoute(issuer, startOptions));
  return builtin;
}

/**
 * A file read once, when first asked for (Web Chat's bundle is 4 MB: neither the start nor a bot that
 * serves no widget pays for it), sent with an ETag (304 when unchanged) and gzipped for clients that accept it.
 * A missing file still stops the start.
 */
function staticAsset(file: string, cacheControl: string, extraHeaders: Record<string, string> = {}) {
  if (!statSync(file).isFile()) throw new Error(`Not a file: ${file}`);
  let loaded: { body: Buffer; etag: string; headers: Record<string, string> } | undefined;
  const load = () => {
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    return { body, etag, headers: { 'Content-Type': contentType(file), 'Cache-Control': cacheControl, ETag: etag, ...extraHeaders } };
  };
  let gzipped: Promise<Buffer> | undefined;
  return async (req: Request, res: Response): Promise<void> => {
    loaded ??= load();
    const { body, etag, headers } = loaded;
    if (req.header('if-none-match') === etag) {
      res.sendRaw(304, '', headers);
      return;
    }
    if (/\bgzip\b/.test(req.header('accept-encoding') ?? '')) {
      gzipped ??= promisify(gzip)(body);
      res.sendRaw(200, await gzipped, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      return;
    }
    res.sendRaw(200, body, { ...headers, Vary: 'Accept-Encoding' });
  };
}

function contentType(file: string): string {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  return `${types[path.extname(file)] ?? 'application/octet-stream'}; charset=utf-8`;
}
