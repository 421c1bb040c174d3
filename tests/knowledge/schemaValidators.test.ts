import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { knowledgeSchema, synonymsSchema } from '../../src/knowledge/schemas';
import { AJV_OPTIONS, GENERATED_FILE, generateValidatorSource, SCHEMA_DIR } from '../../src/knowledge/schemaValidatorSource';

describe('The precompiled validators of the knowledge schemas', () => {
  test('are up to date with knowledge/schema (if not: npm run schemas:build, and commit the file)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8') === generateValidatorSource(SCHEMA_DIR), 'run `npm run schemas:build`').toBe(true);
  });

  test('are the ones in use, the schemas being those they were generated from', () => {
    expect(knowledgeSchema().origin).toBe('precompiled');
    expect(synonymsSchema().origin).toBe('precompiled');
  });

  const broken: Array<[string, () => ReturnType<typeof knowledgeSchema>, unknown]> = [
    ['a knowledge file with an unknown key and a bad id', knowledgeSchema, { entries: [{ id: 'Bad Id', questions: ['q'], answer: 'a', extra: 1 }], oops: true }],
    ['a knowledge file with a bad date and an empty list', knowledgeSchema, { source: { title: 'x', updated: '2024-13-01' }, entries: [] }],
    ['a knowledge file that is a list', knowledgeSchema, [1, 2]],
    ['a synonyms file with a number for a variant', synonymsSchema, { synonyms: [{ canonical: 'x', variants: [1] }], other: 'y' }],
  ];

  test.each(broken)('report %s exactly as Ajv compiling the schema now does', (_label, compiled, data) => {
    const { schema, validate } = compiled();
    const now = new Ajv(AJV_OPTIONS).compile(schema);
    expect(validate(data)).toBe(now(data));
    expect(validate.errors).toEqual(now.errors);
    expect(validate.errors?.length).toBeGreaterThan(0);
  });
});
