import type { KnowledgeEntry, KnowledgeProfile } from './types';

/** In an answer, replaced by the list of job profiles the base knows (kept current as profiles are added). */
export const PROFILES_PLACEHOLDER = '{{profils}}';

/** The job profiles of the entries, in reading order; a profile without `profile_name` is named from its id. */
export function listProfiles(entries: readonly KnowledgeEntry[]): KnowledgeProfile[] {
  const byId = new Map<string, KnowledgeProfile>();
  for (const entry of entries) {
    if (!entry.profile) continue;
    const known = byId.get(entry.profile);
    if (!known || (entry.profileName && known.name === nameFromId(entry.profile))) {
      byId.set(entry.profile, { id: entry.profile, name: entry.profileName ?? nameFromId(entry.profile) });
    }
  }
  return [...byId.values()];
}

/** Fills `{{profils}}` in answers with a Markdown list of the profiles' names. */
export function expandProfilePlaceholder(entries: KnowledgeEntry[], profiles: readonly KnowledgeProfile[]): KnowledgeEntry[] {
  const list = profiles.map((profile) => `- ${profile.name}`).join('\n');
  return entries.map((entry) =>
    entry.answer.includes(PROFILES_PLACEHOLDER) ? { ...entry, answer: entry.answer.split(PROFILES_PLACEHOLDER).join(list) } : entry,
  );
}

function nameFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
