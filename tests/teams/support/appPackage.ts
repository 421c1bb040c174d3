import JSZip from 'jszip';
import { PNG } from 'pngjs';
import type { TeamsPackageSettings } from '../../../src/config/teamsPackageSettings';
import { buildAppPackage } from '../../../src/teamsApp/buildAppPackage';

export const botId = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

export const settings: TeamsPackageSettings = {
  botId,
  teamsAppId: botId,
  version: '1.2.3',
  websiteUrl: 'https://faq.example.org',
  privacyUrl: 'https://faq.example.org/confidentialite',
  termsOfUseUrl: 'https://faq.example.org/conditions',
};

/** The environment that gives `settings`. */
export const packageEnv = {
  MicrosoftAppId: botId,
  TEAMS_APP_VERSION: '1.2.3',
  TEAMS_WEBSITE_URL: settings.websiteUrl,
  TEAMS_PRIVACY_URL: settings.privacyUrl,
  TEAMS_TERMS_URL: settings.termsOfUseUrl,
};

/** The package built from the repository's template, opened for reading or tampering. */
export async function builtPackage(): Promise<JSZip> {
  return JSZip.loadAsync((await buildAppPackage(settings)).zip);
}

export async function manifestOf(zip: JSZip): Promise<Record<string, unknown>> {
  return JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;
}

/** The package with its manifest changed by `edit`. */
export async function withManifest(edit: (manifest: Record<string, unknown>) => void): Promise<Buffer> {
  const zip = await builtPackage();
  const manifest = await manifestOf(zip);
  edit(manifest);
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The package with one file replaced. */
export async function withFile(name: string, bytes: Buffer | string): Promise<Buffer> {
  const zip = await builtPackage();
  zip.file(name, bytes);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A PNG of one colour (RGBA). */
export function solidPng(size: number, [r, g, b, a]: [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([r, g, b, a], i);
  return PNG.sync.write(png);
}
