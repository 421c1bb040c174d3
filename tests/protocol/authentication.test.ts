import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { postJson, startBotServer, type RunningBot } from '../helpers/botServer';
import { startConnectorServer, type ConnectorServer } from '../helpers/connectorServer';
import { EmulatorSession } from '../helpers/emulator';
import { captureLogs } from '../helpers/logs';

const password = 'fake-password-do-not-log';
const logs = captureLogs();
let bot: RunningBot;
let connector: ConnectorServer;
beforeAll(async () => {
  connector = await startConnectorServer();
  bot = await startBotServer({
    logger: logs.logger,
    credentials: {
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: password,
      MicrosoftAppType: 'MultiTenant',
      MicrosoftAppTenantId: '',
    },
  });
});
afterAll(async () => {
  await Promise.all([bot?.close(), connector?.close()]);
});

/** A well-formed but unsigned JWT from an issuer Azure Bot Service never uses: rejected without any network call. */
function forgedToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: 'https://attacker.example', aud: 'x', exp: 9999999999 })}.`;
}

describe('When the bot has credentials (App ID and password, MultiTenant)', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['no Authorization header', {}],
    ['a malformed Authorization header', { authorization: 'Bearer not-a-jwt' }],
    ['a scheme other than Bearer', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a forged token from an unknown issuer', { authorization: `Bearer ${forgedToken()}` }],
  ];

  test.each(cases)('a request with %s is refused with 401 and the bot does not run', async (_name, headers) => {
    connector.posted.length = 0;
    const emulator = new EmulatorSession(connector.url);

    const response = await postJson(`${bot.url}/api/messages`, emulator.message('Bonjour'), headers);

    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connector.posted).toEqual([]);
  });

  test('the server keeps serving after refusals', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe('ok');
  });

  test('neither the password nor the Authorization header ever reaches the logs', async () => {
    await postJson(`${bot.url}/api/messages`, new EmulatorSession(connector.url).message('Bonjour'), {
      authorization: `Bearer ${forgedToken()}`,
    });
    expect(logs.text()).not.toContain(password);
    expect(logs.text()).not.toContain(forgedToken());
    expect(logs.records().some((record) => record.status === 401)).toBe(true);
  });
});
