import { createAgentsHost } from '../../src/agents/createAgentsHost';
import type { BotSdk } from '../../src/server/botHost';
import type { BotHostFactory } from './hostHarness';

/**
 * Every host a conversation suite should pass, for `describe.each(hostCases)('%s host', (sdk, factory) => ...)`.
 * The botbuilder host joins once src/bot exports its BotHost factory: ['botbuilder', createBotbuilderHost].
 */
export const hostCases: Array<[BotSdk, BotHostFactory]> = [['agents', createAgentsHost]];
