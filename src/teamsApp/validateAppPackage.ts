import JSZip from 'jszip';
import { checkColorIcon, checkOutlineIcon } from './iconChecks';
import { validateManifestSchema } from './manifestSchema';
import { placeholdersIn } from './manifestTemplate';
import { packageErrors } from './packageErrors';

interface ManifestShape {
  icons?: { color?: unknown; outline?: unknown };
  bots?: Array<{ botId?: unknown }>;
  composeExtensions?: Array<{ botId?: unknown }>;
}

/**
 * Checks a Teams app package as Teams would on upload, offline: manifest.json at the root, valid JSON,
 * no placeholder left, valid against the official schema, both icons present with the right sizes,
 * the outline white on transparent, and one bot id for the bot and its message extension.
 *
 * @returns readable problems; an empty list means the package can be uploaded.
 */
export async function validateAppPackage(zipBytes: Buffer | Uint8Array): Promise<string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(zipBytes);
  } catch (error) {
    return [packageErrors.zipUnreadable((error as Error).message)];
  }
  const manifestFile = zip.file('manifest.json');
  if (!manifestFile) return [packageErrors.manifestMissing()];

  const text = await manifestFile.async('string');
  let manifest: ManifestShape;
  try {
    manifest = JSON.parse(text.replace(/^\uFEFF/, '')) as ManifestShape;
  } catch (error) {
    return [packageErrors.manifestNotJson((error as Error).message)];
  }

  const problems: string[] = [];
  const left = placeholdersIn(text);
  if (left.length > 0) problems.push(packageErrors.placeholdersLeft(left));
  problems.push(...validateManifestSchema(manifest));

  for (const kind of ['color', 'outline'] as const) {
    const name = manifest.icons?.[kind];
    if (typeof name !== 'string') continue; // the schema check already said so
    const file = zip.file(name);
    if (!file) {
      problems.push(packageErrors.iconFileMissing(kind, name));
      continue;
    }
    const bytes = await file.async('nodebuffer');
    problems.push(...(kind === 'color' ? checkColorIcon(name, bytes) : checkOutlineIcon(name, bytes)));
  }

  const botId = manifest.bots?.[0]?.botId;
  const extensionBotId = manifest.composeExtensions?.[0]?.botId;
  if (typeof botId === 'string' && typeof extensionBotId === 'string' && botId !== extensionBotId) {
    problems.push(packageErrors.botIdsDiffer(botId, extensionBotId));
  }
  return problems;
}
