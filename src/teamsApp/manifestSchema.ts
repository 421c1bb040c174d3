import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { packageErrors } from './packageErrors';

/**
 * The official Teams app manifest JSON schema, vendored (appPackage/schema, from the npm package
 * `@microsoft/app-manifest`) so that validation needs no network. Its version is the template's
 * `manifestVersion`.
 */
export const manifestSchemaFile = path.resolve(__dirname, '../../appPackage/schema/MicrosoftTeams.schema.json');

const compiled = new Map<string, { version: string; validate: ValidateFunction }>();

/** The schema's validator and the manifest version it describes (compiled once per file). */
export function manifestValidator(file = manifestSchemaFile): { version: string; validate: ValidateFunction } {
  let entry = compiled.get(file);
  if (!entry) {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { properties?: { manifestVersion?: { const?: string } } };
    // The Teams schemas are draft-04 and use a few newer keywords (const); strict mode would reject them.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    entry = { version: schema.properties?.manifestVersion?.const ?? '', validate: ajv.compile(schema) };
    compiled.set(file, entry);
  }
  return entry;
}

/** Checks a manifest against the official schema; returns readable problems, none when valid. */
export function validateManifestSchema(manifest: unknown, file = manifestSchemaFile): string[] {
  const { version, validate } = manifestValidator(file);
  const declared = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (typeof declared === 'string' && declared !== version) return [packageErrors.schemaMissing(declared)];
  if (validate(manifest)) return [];
  return [...new Set((validate.errors ?? []).map(describe))];
}

/** `/bots/0/botId` -> `bots[0].botId`, with what the schema expected. */
function describe(error: ErrorObject): string {
  const where = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '');
  const params = error.params as Record<string, unknown>;
  let message = error.message ?? error.keyword;
  if (error.keyword === 'additionalProperties') message = `unknown property "${String(params.additionalProperty)}"`;
  else if (error.keyword === 'required') message = `missing required property "${String(params.missingProperty)}"`;
  else if (error.keyword === 'enum') message = `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  else if (error.keyword === 'const') message = `must be ${JSON.stringify(params.allowedValue)}`;
  return packageErrors.schema(where, message);
}
