import { labels } from './errorMessages';
import type { ParsedYaml } from './parseYamlFile';
import { schemaIssues, type OwnerOf } from './schemaIssues';
import { synonymsSchema } from './schemas';
import type { KnowledgeIssue, SynonymRule } from './types';
import { lineOf } from './yamlLocation';

export type SynonymsFileResult = { ok: true; rules: SynonymRule[] } | { ok: false; issues: KnowledgeIssue[] };

const ownerOf: OwnerOf = (data, path) => {
  if (path[0] === 'synonyms' && typeof path[1] === 'number') {
    const rule = (data as { synonyms: unknown[] }).synonyms[path[1]] as { canonical?: unknown } | null;
    const canonical = rule && typeof rule === 'object' ? rule.canonical : undefined;
    return { label: labels.synonymRule(path[1] + 1, typeof canonical === 'string' ? canonical : undefined), depth: 2 };
  }
  return { label: labels.file, depth: 0 };
};

/** Checks the synonyms file against `knowledge/schema/synonyms.schema.json` and returns its rules. */
export function validateSynonymsFile(parsed: ParsedYaml): SynonymsFileResult {
  const { validate } = synonymsSchema();
  if (!validate(parsed.data)) return { ok: false, issues: schemaIssues(parsed, ownerOf, validate.errors ?? []) };
  const rules = (parsed.data as { synonyms: { canonical: string; variants: string[] }[] }).synonyms;
  return {
    ok: true,
    rules: rules.map((rule, index) => ({
      canonical: rule.canonical.trim(),
      variants: rule.variants.map((variant) => variant.trim()),
      location: { file: parsed.file, line: lineOf(parsed, ['synonyms', index]) },
    })),
  };
}
