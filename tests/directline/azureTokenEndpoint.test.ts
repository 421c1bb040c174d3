import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createAzureTokenIssuer } from '../../src/server/directLine/azureTokenIssuer';
import { captureLogs, silentLogger } from '../helpers/logs';
import { directLineClient } from './directLineClient';
import { startDirectLineStandIn } from './directLineStandIn';
import { startWidgetServer, type RunningWidgetServer } from './widgetServer';

const secret = 'direct-line-secret-that-must-never-leak';
let standIn: Awaited<ReturnType<typeof startDirectLineStandIn>>;
let bot: RunningWidgetServer;
const logs = captureLogs('debug');

beforeAll(async () => {
  standIn = await startDirectLineStandIn();
  bot = await startWidgetServer({ directLine: { mode: 'azure', secret, endpoint: standIn.endpoint }, logger: logs.logger });
});
afterAll(async () => {
  await bot.close();
  await standIn.close();
});
afterEach(() => standIn.behave({ kind: 'ok' }));

describe('When the widget asks for a token in Azure mode', () => {
  test('the bot exchanges its secret at tokens/generate and hands out only the conversation token', async () => {
    const answer = await directLineClient(bot.url).issueToken();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.body).toEqual({ conversationId: expect.stringMatching(/^azure-conv-/), token: expect.stringMatching(/^azure-token-/), expires_in: 3600, userId: expect.stringMatching(/^dl_/) });

    const request = standIn.requests.at(-1);
    expect(request?.path).toBe('/v3/directline/tokens/generate');
    expect(request?.authorization).toBe(`Bearer ${secret}`);
    // The token is bound to the visitor id the page gets, so Web Chat reads the same id from the token.
    expect(request?.body).toEqual({ user: { id: answer.body.userId } });
    expect(JSON.stringify(answer.body)).not.toContain(secret);
  });

  test('the widget configuration points Web Chat at the Direct Line endpoint, and never holds the secret', async () => {
    const response = await fetch(`${bot.url}/widget/config`);
    const text = await response.text();
    expect(JSON.parse(text).directLine).toEqual({ mode: 'azure', domain: standIn.endpoint, webSocket: true });
    expect(text).not.toContain(secret);
  });

  test.each([
    ['refuses the secret (403)', { kind: 'status', status: 403 } as const, 'HTTP 403'],
    ['fails (500)', { kind: 'status', status: 500 } as const, 'HTTP 500'],
    ['answers something that is not JSON', { kind: 'not-json' } as const, 'unexpected answer'],
  ])('when Azure %s, the page gets 502 with a message', async (_name, behaviour, why) => {
    standIn.behave(behaviour);
    const answer = await directLineClient(bot.url).issueToken();
    expect(answer.status).toBe(502);
    expect(answer.body).toEqual({ error: expect.stringContaining(why) });
  });

  test('the secret never reaches the logs, even when Azure fails', async () => {
    standIn.behave({ kind: 'status', status: 401 });
    await directLineClient(bot.url).issueToken();
    expect(logs.text()).toContain('Direct Line token request failed');
    expect(logs.text()).not.toContain(secret);
  });

  test('the built-in Direct Line is not served in Azure mode', async () => {
    expect((await directLineClient(bot.url).start(undefined)).status).toBe(404);
  });
});

describe('When the Direct Line token service cannot be reached', () => {
  test('an unreachable endpoint gives 502', async () => {
    const closed = await startDirectLineStandIn();
    await closed.close();
    const issuer = createAzureTokenIssuer({ endpoint: closed.endpoint, secret, conversationsPerHour: 10, logger: silentLogger });
    expect(await issuer.issue('client')).toMatchObject({ status: 502, error: expect.stringContaining('unreachable') });
  });

  test('an endpoint that does not answer in time gives 502', async () => {
    standIn.behave({ kind: 'slow', delayMs: 2000 });
    const issuer = createAzureTokenIssuer({ endpoint: standIn.endpoint, secret, conversationsPerHour: 10, logger: silentLogger, timeoutMs: 200 });
    expect(await issuer.issue('client')).toMatchObject({ status: 502, error: expect.stringContaining('no answer in time') });
  });

  test('each client address may ask for DIRECT_LINE_CONVERSATIONS_PER_HOUR tokens, then gets 429', async () => {
    const issuer = createAzureTokenIssuer({ endpoint: standIn.endpoint, secret, conversationsPerHour: 2, logger: silentLogger });
    expect((await issuer.issue('198.51.100.1')).status).toBe(200);
    expect((await issuer.issue('198.51.100.1')).status).toBe(200);
    expect(await issuer.issue('198.51.100.1')).toMatchObject({ status: 429, retryAfterSeconds: expect.any(Number) });
    expect((await issuer.issue('198.51.100.2')).status).toBe(200);
  });
});
