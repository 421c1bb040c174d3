import type { TeamsPackageSettings } from '../config/teamsPackageSettings';

/**
 * The manifest template (appPackage/manifest.json) names what is filled at packaging time with
 * `${{NAME}}` placeholders, the syntax of the Microsoft 365 Agents Toolkit, so the same file works there.
 */
const placeholder = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** The placeholders' values, from the packaging settings. */
export function manifestValues(settings: TeamsPackageSettings): Record<string, string> {
  return {
    TEAMS_APP_ID: settings.teamsAppId,
    BOT_ID: settings.botId,
    APP_VERSION: settings.version,
    TEAMS_WEBSITE_URL: settings.websiteUrl,
    TEAMS_PRIVACY_URL: settings.privacyUrl,
    TEAMS_TERMS_URL: settings.termsOfUseUrl,
  };
}

export interface FilledTemplate {
  text: string;
  /** Placeholders the template uses that no value fills (left as they were). */
  unknown: string[];
}

/**
 * Replaces every `${{NAME}}` by its value, JSON-escaped (the template is JSON text).
 * @example fillTemplate('{"id": "${{BOT_ID}}"}', { BOT_ID: 'x' }).text // '{"id": "x"}'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): FilledTemplate {
  const unknown = new Set<string>();
  const text = template.replace(placeholder, (whole, name: string) => {
    if (!(name in values)) {
      unknown.add(name);
      return whole;
    }
    return JSON.stringify(values[name]).slice(1, -1);
  });
  return { text, unknown: [...unknown] };
}

/** Placeholders still present in a text (a manifest packaged without filling them). */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(placeholder)].map((match) => match[1]))];
}
