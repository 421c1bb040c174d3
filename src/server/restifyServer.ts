import type { RequestHandler, Server, ServerOptions } from 'restify';
import type * as Restify from 'restify';
import { loadPackage } from '../runtime/lazyPackage';

/**
 * restify's server and the two body plugins the bot uses, without restify's index: the index also loads every
 * one of its plugins (authorization with sshpk, forms, multipart, static files, throttles...) and a pino of its
 * own for a default logger, about 0.15 s at start here. tests/server/restifyServer.test.ts checks that these
 * are the very functions and classes restify's index exports.
 */

/** What `restify.createServer` does (lib/index.js) for a server given its logger, without uncaught-exception handling. */
export function createRestifyServer(options: ServerOptions & { name: string; log: NonNullable<ServerOptions['log']>; handleUncaughtExceptions: false }): Server {
  const Router = loadPackage('restify/lib/router') as new (options: object) => unknown;
  const RestifyServer = loadPackage('restify/lib/server') as new (options: object) => Server;
  const opts: Record<string, unknown> = { ...options };
  opts.router = new Router(opts);
  return new RestifyServer(opts);
}

/** `restify.plugins.bodyReader`. */
export function bodyReader(...options: Parameters<typeof Restify.plugins.bodyReader>): RequestHandler {
  return (loadPackage('restify/lib/plugins/bodyReader') as typeof Restify.plugins.bodyReader)(...options);
}

/** `restify.plugins.jsonBodyParser` (an array of handlers, as restify's). */
export function jsonBodyParser(...options: Parameters<typeof Restify.plugins.jsonBodyParser>): RequestHandler[] {
  return (loadPackage('restify/lib/plugins/jsonBodyParser') as typeof Restify.plugins.jsonBodyParser)(...options);
}
