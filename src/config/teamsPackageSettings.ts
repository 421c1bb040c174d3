import type { Env } from './loadConfig';

/**
 * What `npm run teams:package` writes into the Teams app manifest. Read only by the packaging command,
 * never by the running bot: a developer can package without the bot's password at hand.
 */
export interface TeamsPackageSettings {
  /** The Azure Bot's Microsoft App ID (`MicrosoftAppId`): the manifest's bot and message extension id. */
  botId: string;
  /** The Teams app's own id (`TEAMS_APP_ID`); the bot id when not set, as Teams allows. */
  teamsAppId: string;
  /** The app's version (`TEAMS_APP_VERSION`, default: package.json's); Teams wants a higher one for each update. */
  version: string;
  /** Publisher pages Teams shows on the app's details (`TEAMS_WEBSITE_URL`, `TEAMS_PRIVACY_URL`, `TEAMS_TERMS_URL`). */
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
}

/** Thrown when a packaging setting is missing or malformed: `problems` lists every issue found. */
export class TeamsPackageSettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(['Cannot build the Teams app package:', ...problems.map((p) => `  - ${p}`)].join('\n'));
    this.name = 'TeamsPackageSettingsError';
  }
}

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The manifest schema's own rule for `version` (three numbers, no leading zeros). */
const versionPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export const teamsPackageErrors = {
  botIdMissing: () =>
    'MicrosoftAppId is empty: set it to the Azure Bot\'s "Microsoft App ID" (a GUID); Teams routes messages to the bot by this id.',
  notGuid: (name: string, value: string) => `${name} must be a GUID like 12345678-abcd-4ef0-9876-0123456789ab (got "${value}").`,
  versionInvalid: (value: string) => `TEAMS_APP_VERSION must look like 1.0.0 (three numbers; got "${value}").`,
  urlMissing: (name: string, what: string) => `${name} is required: the https address of ${what} (Teams shows it on the app's page).`,
  urlNotHttps: (name: string, value: string) => `${name} must be an https:// address (got "${value}").`,
} as const;

/**
 * Reads the packaging settings from the environment (after dotenv), reporting every problem at once.
 * @example readTeamsPackageSettings(process.env, '1.0.0').botId
 */
export function readTeamsPackageSettings(env: Env, defaultVersion: string): TeamsPackageSettings {
  const problems: string[] = [];
  const text = (name: string) => env[name]?.trim() ?? '';

  const botId = text('MicrosoftAppId');
  if (botId === '') problems.push(teamsPackageErrors.botIdMissing());
  else if (!guidPattern.test(botId)) problems.push(teamsPackageErrors.notGuid('MicrosoftAppId', botId));

  const teamsAppId = text('TEAMS_APP_ID') || botId;
  if (text('TEAMS_APP_ID') !== '' && !guidPattern.test(teamsAppId)) problems.push(teamsPackageErrors.notGuid('TEAMS_APP_ID', teamsAppId));

  const version = text('TEAMS_APP_VERSION') || defaultVersion;
  if (!versionPattern.test(version)) problems.push(teamsPackageErrors.versionInvalid(version));

  const url = (name: string, what: string): string => {
    const value = text(name);
    if (value === '') problems.push(teamsPackageErrors.urlMissing(name, what));
    else if (!/^https:\/\/[^\s/]+/i.test(value)) problems.push(teamsPackageErrors.urlNotHttps(name, value));
    return value;
  };
  const websiteUrl = url('TEAMS_WEBSITE_URL', 'the publisher\'s website');
  const privacyUrl = url('TEAMS_PRIVACY_URL', 'the privacy statement');
  const termsOfUseUrl = url('TEAMS_TERMS_URL', 'the terms of use');

  if (problems.length > 0) throw new TeamsPackageSettingsError(problems);
  return { botId: botId.toLowerCase(), teamsAppId: teamsAppId.toLowerCase(), version, websiteUrl, privacyUrl, termsOfUseUrl };
}
