import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';

/**
 * The JSON Schemas live next to the YAML files (`knowledge/schema/`) so that editors validate and
 * document as you type; the loader uses the very same files. The path works from `src/knowledge`
 * (tsx, vitest) and from `dist/knowledge` (built), both two levels below the project root.
 */
export const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'knowledge', 'schema');

export interface JsonSchema {
  properties?: Record<string, unknown>;
  definitions?: Record<string, JsonSchema>;
  [key: string]: unknown;
}

export interface CompiledSchema {
  schema: JsonSchema;
  validate: ValidateFunction;
}

const cache = new Map<string, CompiledSchema>();

function compile(fileName: string): CompiledSchema {
  const cached = cache.get(fileName);
  if (cached) return cached;
  const schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, fileName), 'utf8')) as JsonSchema;
  // allErrors: report every problem of a file at once; verbose: keep the schema to list allowed keys.
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
  const compiled = { schema, validate: ajv.compile(schema) };
  cache.set(fileName, compiled);
  return compiled;
}

export const knowledgeSchema = () => compile('knowledge.schema.json');
export const synonymsSchema = () => compile('synonyms.schema.json');
