import { createRequire } from 'node:module';
import pino from 'pino';
import restify from 'restify';
import { describe, expect, test } from 'vitest';
import { createRestifyServer } from '../../src/server/restifyServer';

const load = createRequire(__filename);
const log = pino({ level: 'silent' }) as unknown as NonNullable<restify.ServerOptions['log']>;

describe("restify without its index (src/server/restifyServer: the index loads all of restify's plugins)", () => {
  test('the plugins loaded by path are those restify exports', () => {
    expect(load('restify/lib/plugins/bodyReader')).toBe(restify.plugins.bodyReader);
    expect(load('restify/lib/plugins/jsonBodyParser')).toBe(restify.plugins.jsonBodyParser);
  });

  test('the server is the one restify.createServer makes, with the same kind of router, name and logger', () => {
    const reference = restify.createServer({ name: 'faq-bot', handleUncaughtExceptions: false, log });
    const server = createRestifyServer({ name: 'faq-bot', handleUncaughtExceptions: false, log });
    expect(Object.getPrototypeOf(server)).toBe(Object.getPrototypeOf(reference));
    expect(Object.getPrototypeOf(server.router)).toBe(Object.getPrototypeOf(reference.router));
    expect(server.name).toBe(reference.name);
    expect(server.log).toBe(log);
    expect(server.listenerCount('uncaughtException')).toBe(reference.listenerCount('uncaughtException'));
  });
});
