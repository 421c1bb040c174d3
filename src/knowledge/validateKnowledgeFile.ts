import { labels, messages } from './errorMessages';
import type { ParsedYaml } from './parseYamlFile';
import { schemaIssues, type OwnerOf } from './schemaIssues';
import { knowledgeSchema } from './schemas';
import type { EntryKind, KnowledgeEntry, KnowledgeIssue, KnowledgeSource } from './types';
import { lineOf } from './yamlLocation';

/** An entry as written in YAML (snake_case keys), once the schema accepted it; importers write the same shape. */
export interface RawEntry {
  id: string;
  title?: string;
  questions: string[];
  answer: string;
  kind?: EntryKind;
  followups?: string[];
  tags?: string[];
  theme?: string;
  profile?: string;
  context_only?: boolean;
  source?: KnowledgeSource;
  draft?: boolean;
}

/** A knowledge file as written in YAML: entries plus defaults for them. */
interface RawKnowledgeFile {
  source?: KnowledgeSource;
  profile?: string;
  profile_name?: string;
  theme?: string;
  kind?: EntryKind;
  entries: RawEntry[];
}

/** An id found in a file, even an invalid one: enough for duplicate and follow-up checks. */
export interface DeclaredId {
  id: string;
  file: string;
  line: number;
}

export type KnowledgeFileResult =
  | { ok: true; entries: KnowledgeEntry[] }
  | { ok: false; issues: KnowledgeIssue[]; declaredIds: DeclaredId[] };

const ownerOf: OwnerOf = (data, path) => {
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const entry = (data as { entries: unknown[] }).entries[path[1]] as { id?: unknown } | null;
    const id = entry && typeof entry === 'object' ? entry.id : undefined;
    // Name the entry by its id, unless the id itself is the problem.
    const byId = typeof id === 'string' && id.trim() !== '' && path[2] !== 'id';
    return { label: byId ? labels.entry(id) : labels.entryNumber(path[1] + 1), depth: 2 };
  }
  return { label: labels.file, depth: 0 };
};

function declaredIds(parsed: ParsedYaml): DeclaredId[] {
  const entries = (parsed.data as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown, index) => {
    const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? [{ id, file: parsed.file, line: lineOf(parsed, ['entries', index]) }] : [];
  });
}

function toEntry(parsed: ParsedYaml, file: RawKnowledgeFile, raw: RawEntry, index: number): KnowledgeEntry {
  const profile = raw.profile ?? file.profile;
  // The file's profile name only names the file's own profile.
  const profileName = profile !== undefined && profile === file.profile ? file.profile_name : undefined;
  const theme = raw.theme ?? file.theme;
  const source = raw.source ?? file.source;
  return {
    id: raw.id,
    title: raw.title ?? raw.questions[0],
    questions: raw.questions,
    answer: raw.answer.trim(),
    kind: raw.kind ?? file.kind ?? 'answer',
    followups: raw.followups ?? [],
    tags: raw.tags ?? [],
    ...(theme !== undefined && { theme }),
    ...(profile !== undefined && { profile }),
    ...(profileName !== undefined && { profileName }),
    contextOnly: raw.context_only ?? false,
    ...(source !== undefined && { source: { ...source } }),
    draft: raw.draft ?? false,
    location: { file: parsed.file, line: lineOf(parsed, ['entries', index]) },
  };
}

/**
 * Checks one parsed knowledge file against `knowledge/schema/knowledge.schema.json` and, when it is
 * valid, returns its entries with the file's defaults applied.
 */
export function validateKnowledgeFile(parsed: ParsedYaml): KnowledgeFileResult {
  const { validate } = knowledgeSchema();
  if (!validate(parsed.data)) {
    const issues = schemaIssues(parsed, ownerOf, validate.errors ?? []);
    if (issues.length === 0) issues.push({ file: parsed.file, line: 1, ...messages.schemaOther(labels.file, 'invalid') });
    return { ok: false, issues, declaredIds: declaredIds(parsed) };
  }
  const file = parsed.data as RawKnowledgeFile;
  return { ok: true, entries: file.entries.map((raw, index) => toEntry(parsed, file, raw, index)) };
}
