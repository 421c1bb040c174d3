import { createAgentsHost } from '../../src/agents/createAgentsHost';
import { createBotbuilderHost } from '../../src/bot/botbuilderHost';
import type { BotSdk } from '../../src/server/botHost';
import type { BotHostFactory } from './hostHarness';

/** Every host a conversation suite should pass, for `describe.each(hostCases)('%s host', (sdk, factory) => ...)`. */
export const hostCases: Array<[BotSdk, BotHostFactory]> = [
  ['botbuilder', createBotbuilderHost],
  ['agents', createAgentsHost],
];
