import { describe, expect, test, vi } from 'vitest';
import { knowledgeSchema } from '../../src/knowledge/schemas';
import { validateKnowledgeFile } from '../../src/knowledge';
import { parseYamlFile } from '../../src/knowledge';

// As if a schema had been edited after `npm run schemas:build`: its text no longer matches the recorded hash.
vi.mock('../../src/knowledge/schemaValidators.generated', async (original) => ({ ...(await original<object>()), schemaHashes: {} }));

describe('When a schema changed since its validator was generated', () => {
  test('the schema is compiled at start instead, and still refuses what it refuses', () => {
    expect(knowledgeSchema().origin).toBe('compiled');
    const parsed = parseYamlFile('kb/faq.yaml', 'entries:\n  - id: Bad Id\n    questions: [q]\n    answer: a\n');
    if (!parsed.ok) throw new Error('the YAML should parse');
    expect(validateKnowledgeFile(parsed.parsed).ok).toBe(false);
  });
});
