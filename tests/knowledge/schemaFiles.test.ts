import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SCHEMA_DIR } from '../../src/knowledge';

type Schema = Record<string, unknown>;
const knowledgeDir = path.join(__dirname, '..', '..', 'knowledge');
const schemaFiles = ['knowledge.schema.json', 'synonyms.schema.json'];
const readSchema = (name: string) => JSON.parse(readFileSync(path.join(SCHEMA_DIR, name), 'utf8')) as Schema;

/** Every sub-schema of a schema, with a path for messages. */
function* walk(schema: Schema, at = '#'): Generator<[string, Schema]> {
  yield [at, schema];
  for (const key of ['properties', 'definitions']) {
    const children = schema[key] as Record<string, Schema> | undefined;
    for (const [name, child] of Object.entries(children ?? {})) yield* walk(child, `${at}/${key}/${name}`);
  }
  if (schema.items) yield* walk(schema.items as Schema, `${at}/items`);
}

describe('The JSON Schemas that editors use', () => {
  test.each(schemaFiles)('%s refuses unknown keys in every object', (name) => {
    const objects = [...walk(readSchema(name))].filter(([, schema]) => schema.type === 'object');
    expect(objects.length).toBeGreaterThan(0);
    for (const [at, schema] of objects) expect(schema.additionalProperties, at).toBe(false);
  });

  test.each(schemaFiles)('%s describes every property', (name) => {
    const properties = [...walk(readSchema(name))].filter(([at]) => /\/properties\/[^/]+$/.test(at));
    expect(properties.length).toBeGreaterThan(0);
    for (const [at, schema] of properties) expect(typeof schema.description, at).toBe('string');
  });

  test('every YAML file of the real base declares its schema on the first line', () => {
    const files = readdirSync(knowledgeDir).filter((name) => name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(4);
    for (const name of files) {
      const schema = name === 'synonyms.yaml' ? 'synonyms.schema.json' : 'knowledge.schema.json';
      expect(readFileSync(path.join(knowledgeDir, name), 'utf8').split('\n')[0], name).toBe(
        `# yaml-language-server: $schema=./schema/${schema}`,
      );
    }
  });
});
