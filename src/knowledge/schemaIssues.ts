import type { ErrorObject } from 'ajv';
import { closestWord } from './closestWord';
import { labels, messages, type Label, type Said } from './errorMessages';
import type { ParsedYaml } from './parseYamlFile';
import type { KnowledgeIssue } from './types';
import { lineOf, pathFromPointer } from './yamlLocation';

type Path = (string | number)[];

/** Names the thing that owns a path ("entry 'back-end-missions'") and how many path segments it spans. */
export type OwnerOf = (data: unknown, path: Path) => { label: Label; depth: number };

const KEBAB = '^[a-z0-9]+(-[a-z0-9]+)*$';
const DATE_PREFIX = '^[0-9]{4}-';
const URL_PREFIX = '^https?:';

function displayRest(rest: Path): string {
  return rest.map((part, i) => (typeof part === 'number' ? ` #${part + 1}` : `${i === 0 ? '' : '.'}${part}`)).join('');
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

function allowedKeys(error: ErrorObject): string[] {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}

/** Turns one ajv error into a plain-words issue (English and French) pointing at the YAML line it is about. */
function toIssue(parsed: ParsedYaml, ownerOf: OwnerOf, error: ErrorObject): KnowledgeIssue {
  const path = pathFromPointer(error.instancePath);
  const owner = ownerOf(parsed.data, path);
  const rest = path.slice(owner.depth);
  const last = path[path.length - 1];
  const key = displayRest(rest) || String(last ?? 'file');
  // A value's problem is shown on its key's line (an empty `answer:` has no value node of its own).
  const valueLine = typeof last === 'string' ? lineOf(parsed, path.slice(0, -1), last) : lineOf(parsed, path);
  const at = (line: number, text: Said): KnowledgeIssue => ({ file: parsed.file, line, ...text });
  const params = error.params as Record<string, unknown>;
  const value: unknown = valueAt(parsed.data, path);

  switch (error.keyword) {
    case 'additionalProperties': {
      const unknownKey = String(params.additionalProperty);
      const allowed = allowedKeys(error);
      const where = rest.length ? labels.inKey(owner.label, displayRest(rest)) : owner.label;
      return at(lineOf(parsed, path, unknownKey), messages.unknownKey(where, unknownKey, allowed, closestWord(unknownKey, allowed)));
    }
    case 'required': {
      const where = rest.length ? labels.inKey(owner.label, displayRest(rest)) : owner.label;
      return at(lineOf(parsed, path), messages.missingKey(where, String(params.missingProperty)));
    }
    case 'type':
      // `answer:` with nothing after it is YAML null: say "empty" rather than talk about types.
      if (value === null || value === undefined) return at(valueLine, messages.emptyText(owner.label, key));
      // The owner itself has the wrong shape (e.g. an entry written as plain text).
      if (rest.length === 0 && path.length > 0) return at(valueLine, messages.wrongShape(owner.label, String(params.type), value));
      return at(valueLine, messages.wrongType(owner.label, key, String(params.type), value));
    case 'minLength':
      return at(valueLine, messages.emptyText(owner.label, key));
    case 'minItems':
      return at(valueLine, messages.emptyList(owner.label, key));
    case 'enum':
      return at(valueLine, messages.notOneOf(owner.label, key, params.allowedValues as unknown[], value));
    case 'uniqueItems':
      return at(valueLine, messages.listedTwice(owner.label, key, (value as unknown[])[Number(params.j)]));
    case 'pattern': {
      const pattern = String(params.pattern);
      if (pattern === KEBAB) return at(valueLine, messages.badId(owner.label, key, value));
      if (pattern.startsWith(DATE_PREFIX)) return at(valueLine, messages.badDate(owner.label, key, value));
      if (pattern.startsWith(URL_PREFIX)) return at(valueLine, messages.badUrl(owner.label, key, value));
      return at(valueLine, messages.emptyText(owner.label, key));
    }
    default:
      return at(valueLine, messages.schemaOther(labels.withKey(owner.label, key), error.message ?? error.keyword));
  }
}

/** Maps ajv errors to issues, one per problem (ajv may repeat an error through `$ref`s). */
export function schemaIssues(parsed: ParsedYaml, ownerOf: OwnerOf, errors: readonly ErrorObject[]): KnowledgeIssue[] {
  const seen = new Set<string>();
  const issues: KnowledgeIssue[] = [];
  for (const error of errors) {
    const issue = toIssue(parsed, ownerOf, error);
    const id = `${issue.line}:${issue.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      issues.push(issue);
    }
  }
  return issues;
}
