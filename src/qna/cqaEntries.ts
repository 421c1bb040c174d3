import type { EntryKind } from '../knowledge/types';
import type { RawEntry } from '../knowledge/validateKnowledgeFile';
import { isKebabCase, keywords, slugify } from '../importer/slug';
import { EDITORIAL_SOURCE, type CqaPair } from './cqaTypes';

/** Metadata keys that carry a field of the entry rather than a tag (what `kb:export` writes for them). */
export const FIELD_KEYS = { kind: 'kind', theme: 'theme', profile: 'profile', tag: 'tag' } as const;
const KINDS: readonly EntryKind[] = ['answer', 'smalltalk', 'not-available'];
/** Topic words kept in an id made from a question: enough to recognise it, short enough to type. */
const ID_WORDS = 5;

/** A knowledge entry as the draft file writes it: the YAML shape the loader reads, always a draft. */
export type CqaDraftEntry = Omit<RawEntry, 'context_only' | 'draft'> & { context_only?: true; draft: true };

/**
 * The pairs as draft entries: phrasings of a pair are the entry's questions, prompts its follow-ups
 * (titled by the prompt's text), metadata its tags (`key:value`), except `kind`, `theme`, `profile`
 * and `tag`, which `kb:export` writes for those fields and are read back into them.
 * Ids are made from the first question's topic words, unique in the file and against `reserved`.
 */
export function draftEntries(pairs: readonly CqaPair[], reserved: ReadonlySet<string> = new Set()): CqaDraftEntry[] {
  const taken = new Set(reserved);
  const idOf = new Map<number, string>();
  for (const pair of pairs) {
    const base = slugify(keywords(pair.questions[0]).slice(0, ID_WORDS).join(' ')) || `qna-${pair.qnaId}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    idOf.set(pair.qnaId, id);
  }
  const titles = new Map<number, string>();
  for (const pair of pairs) for (const prompt of pair.prompts) if (!titles.has(prompt.qnaId)) titles.set(prompt.qnaId, prompt.displayText);

  return pairs.map((pair) => {
    const fields = metadataFields(pair.metadata);
    const title = titles.get(pair.qnaId);
    const followups = [...new Set(pair.prompts.map((prompt) => idOf.get(prompt.qnaId)).filter((id): id is string => id !== undefined))];
    const source = sourceOf(pair.source);
    return {
      id: idOf.get(pair.qnaId) ?? `qna-${pair.qnaId}`,
      ...(title && title !== pair.questions[0] ? { title } : {}),
      questions: pair.questions,
      answer: pair.answer,
      ...(fields.kind ? { kind: fields.kind } : {}),
      ...(followups.length > 0 ? { followups } : {}),
      ...(fields.tags.length > 0 ? { tags: fields.tags } : {}),
      ...(fields.theme ? { theme: fields.theme } : {}),
      ...(fields.profile ? { profile: fields.profile } : {}),
      ...(pair.contextOnly ? { context_only: true as const } : {}),
      ...(source ? { source } : {}),
      draft: true as const,
    };
  });
}

function metadataFields(metadata: ReadonlyArray<[string, string]>): { tags: string[]; kind?: EntryKind; theme?: string; profile?: string } {
  const tags: string[] = [];
  let kind: EntryKind | undefined;
  let theme: string | undefined;
  let profile: string | undefined;
  for (const [key, value] of metadata) {
    const name = key.toLowerCase();
    if (name === FIELD_KEYS.kind && KINDS.includes(value as EntryKind) && !kind) kind = value as EntryKind;
    else if (name === FIELD_KEYS.theme && !theme) theme = value;
    else if (name === FIELD_KEYS.profile && isKebabCase(value) && !profile) profile = value;
    else if (name === FIELD_KEYS.tag) tags.push(value);
    else tags.push(`${key}:${value}`);
  }
  return { tags: [...new Set(tags)], ...(kind ? { kind } : {}), ...(theme ? { theme } : {}), ...(profile ? { profile } : {}) };
}

/** `Editorial` (written in the portal) is no source; a URL is kept as the source's address. */
function sourceOf(source: string): { title: string; url?: string } | undefined {
  const text = source.trim();
  if (text === '' || text.toLowerCase() === EDITORIAL_SOURCE.toLowerCase() || text.toLowerCase() === 'custom editorial') return undefined;
  return /^https?:\/\/\S+$/.test(text) ? { title: text, url: text } : { title: text };
}
