import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { budgetErrors, messagesBudget } from '../../src/server/activityBudget';
import { postJson, startBotServer, type RunningBot } from '../helpers/botServer';
import { startConnectorServer, type ConnectorServer } from '../helpers/connectorServer';
import { EmulatorSession } from '../helpers/emulator';
import { expectStillServing as expectStillServingOf } from '../helpers/stillServing';
import { nestedArrays, objectOfSize, withRawValue } from '../helpers/hostileActivities';

let bot: RunningBot;
let connector: ConnectorServer;
beforeAll(async () => {
  [bot, connector] = await Promise.all([startBotServer(), startConnectorServer()]);
});
afterAll(async () => {
  await Promise.all([bot?.close(), connector?.close()]);
});

const expectStillServing = () => expectStillServingOf(bot, connector);

describe('When /api/messages receives an activity over the depth or size budget', () => {
  test('a value nested 100,000 levels deep gets 400 before the bot runs, and the next message is answered', async () => {
    connector.posted.length = 0;
    const body = withRawValue(new EmulatorSession(connector.url).message('piège'), nestedArrays(100_000));
    const response = await postJson(`${bot.url}/api/messages`, body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: budgetErrors.tooDeep(messagesBudget.maxDepth) });
    expect(connector.posted).toHaveLength(0);
    await expectStillServing();
  });

  test.each([
    ['value', { value: objectOfSize(messagesBudget.maxFieldBytes.value + 1) }],
    ['channelData', { channelData: objectOfSize(messagesBudget.maxFieldBytes.channelData + 1) }],
    ['entities', { entities: [{ type: 'filler', ...objectOfSize(messagesBudget.maxFieldBytes.entities + 1) }] }],
  ])('an oversized %s gets 413 naming the field, and the next message is answered', async (field, extra) => {
    const response = await postJson(`${bot.url}/api/messages`, new EmulatorSession(connector.url).message('gros', extra));
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ error: budgetErrors.fieldTooLarge(field, messagesBudget.maxFieldBytes[field as 'value']) });
    await expectStillServing();
  });
});
