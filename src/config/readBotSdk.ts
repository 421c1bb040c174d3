import type { BotSdk } from './types';
import { botSdks, configDefaults } from './defaults';
import { configErrors } from './errorMessages';

/** Reads a trimmed variable ('' when unset). */
type Text = (name: string) => string;

/**
 * BOT_SDK: `botbuilder` (default) or `agents`, case-insensitive. The Agents SDK cannot run without an
 * App ID under NODE_ENV=production (its CloudAdapter throws), so that combination is refused here, at start.
 */
export function readBotSdk(text: Text, appId: string, problems: string[]): BotSdk {
  const raw = text('BOT_SDK');
  const sdk = raw === '' ? configDefaults.botSdk : botSdks.find((name) => name === raw.toLowerCase());
  if (!sdk) {
    problems.push(configErrors.botSdkUnknown(raw));
    return configDefaults.botSdk;
  }
  if (sdk === 'agents' && appId === '' && text('NODE_ENV').toLowerCase() === 'production') {
    problems.push(configErrors.agentsSdkNeedsCredentialsInProduction());
  }
  return sdk;
}
