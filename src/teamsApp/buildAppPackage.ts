import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import type { TeamsPackageSettings } from '../config/teamsPackageSettings';
import { fillTemplate, manifestValues } from './manifestTemplate';
import { packageErrors } from './packageErrors';

/** Where the template and the icons live (the repository's appPackage folder). */
export const appPackageDir = path.resolve(__dirname, '../../appPackage');

export interface BuiltAppPackage {
  /** The zip's bytes: manifest.json and the two icons at its root. */
  zip: Buffer;
  /** The manifest as written into the zip. */
  manifestText: string;
}

/**
 * Builds the Teams app package: the manifest template with its placeholders filled from the settings,
 * and the icons it names. Validation is separate (validateAppPackage) so that any zip can be checked.
 */
export async function buildAppPackage(settings: TeamsPackageSettings, sourceDir = appPackageDir): Promise<BuiltAppPackage> {
  const template = await readFile(path.join(sourceDir, 'manifest.json'), 'utf8');
  const { text: manifestText, unknown } = fillTemplate(template, manifestValues(settings));
  if (unknown.length > 0) throw new Error(packageErrors.placeholdersLeft(unknown));

  const manifest = JSON.parse(manifestText) as { icons?: { color?: string; outline?: string } };
  const zip = new JSZip();
  zip.file('manifest.json', manifestText);
  for (const icon of [manifest.icons?.color, manifest.icons?.outline]) {
    // A missing icon is reported by the validation, with the manifest field that names it.
    if (icon) await readFile(path.join(sourceDir, icon)).then((bytes) => zip.file(icon, bytes), () => undefined);
  }
  // A fixed date keeps the zip identical from one build to the next when nothing changed.
  const date = new Date('2024-01-01T00:00:00Z');
  for (const file of Object.values(zip.files)) file.date = date;
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  return { zip: bytes, manifestText };
}
