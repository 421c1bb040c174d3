import type { KnowledgeBase, KnowledgeEntry, KnowledgeProfile } from './types';

/** In an answer, replaced by the list of job profiles the base knows (kept current as profiles are added). */
export const PROFILES_PLACEHOLDER = '{{profils}}';

/**
 * The shape of a profile id, as the knowledge schema requires it (`definitions.profile.pattern` in
 * knowledge/schema/knowledge.schema.json): kebab-case, lowercase letters and digits.
 */
const PROFILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether `text` can be a profile id at all (before any base is loaded, e.g. a setting).
 * @example isProfileId('developpeur-back-end') // true
 * @example isProfileId('Dév back') // false
 */
export function isProfileId(text: string): boolean {
  return PROFILE_ID.test(text);
}

/** The ids of the job profiles the base knows, in reading order. */
export function profileIds(kb: Pick<KnowledgeBase, 'profiles'>): string[] {
  return (kb.profiles ?? []).map((profile) => profile.id);
}

/**
 * Whether the base knows the job profile `profile`: the one rule for every channel and setting
 * (a profile it does not know would silently leave only the shared entries).
 * @example knowsProfile(kb, 'developpeur-back-end') // true
 */
export function knowsProfile(kb: Pick<KnowledgeBase, 'profiles'>, profile: string): boolean {
  return (kb.profiles ?? []).some((known) => known.id === profile);
}

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
