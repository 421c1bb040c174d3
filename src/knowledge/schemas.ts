import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import * as precompiled from './schemaValidators.generated';
import { AJV_OPTIONS, SCHEMA_DIR, schemaHash, SCHEMA_FILES } from './schemaValidatorSource';

export { SCHEMA_DIR };

export interface JsonSchema {
  properties?: Record<string, unknown>;
  definitions?: Record<string, JsonSchema>;
  [key: string]: unknown;
}

export interface CompiledSchema {
  schema: JsonSchema;
  validate: ValidateFunction;
  /** `precompiled`: the generated validator (the schema's text is the one it was generated from); else compiled now. */
  origin: 'precompiled' | 'compiled';
}

const cache = new Map<string, CompiledSchema>();
const loadModule = createRequire(__filename);

/** Ajv's compiler, loaded only when a schema changed since its validator was generated (a start saves loading it). */
function compileNow(schema: JsonSchema): ValidateFunction {
  const { default: Ajv } = loadModule('ajv') as typeof import('ajv');
  return new Ajv(AJV_OPTIONS).compile(schema);
}

function compile(fileName: string, precompiledValidate: unknown): CompiledSchema {
  const cached = cache.get(fileName);
  if (cached) return cached;
  const text = readFileSync(path.join(SCHEMA_DIR, fileName), 'utf8');
  const schema = JSON.parse(text) as JsonSchema;
  // A schema edited after `npm run schemas:build` is compiled here: never validated against its old version.
  const upToDate = precompiled.schemaHashes[fileName] === schemaHash(text);
  const compiled: CompiledSchema = upToDate
    ? { schema, validate: precompiledValidate as ValidateFunction, origin: 'precompiled' }
    : { schema, validate: compileNow(schema), origin: 'compiled' };
  cache.set(fileName, compiled);
  return compiled;
}

export const knowledgeSchema = () => compile(SCHEMA_FILES.knowledge, precompiled.knowledge);
export const synonymsSchema = () => compile(SCHEMA_FILES.synonyms, precompiled.synonyms);
