import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';

/** How many example questions the welcome and the fallback offer. */
export const maxExamples = 4;

/** Entries a person can reach by typing: reviewed facts, not follow-up-only ones. */
function isOffered(entry: KnowledgeEntry): boolean {
  return entry.kind === 'answer' && !entry.contextOnly && !entry.draft;
}

/** Offered entries grouped by theme, biggest theme first (file order within a theme and between equals). */
export function byTheme(kb: KnowledgeBase): Array<[theme: string | undefined, entries: KnowledgeEntry[]]> {
  const groups = new Map<string | undefined, KnowledgeEntry[]>();
  for (const entry of kb.entries.filter(isOffered)) {
    const group = groups.get(entry.theme) ?? [];
    group.push(entry);
    groups.set(entry.theme, group);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

/** The themes of the knowledge base, biggest first: what the bot can talk about. */
export function knowledgeTopics(kb: KnowledgeBase): string[] {
  return byTheme(kb)
    .map(([theme]) => theme)
    .filter((theme): theme is string => Boolean(theme));
}

/**
 * Example entries taken from the knowledge base itself (never a hard-coded list that could drift):
 * one per theme in turn, biggest theme first, up to `max`.
 */
export function exampleEntries(kb: KnowledgeBase, max = maxExamples): KnowledgeEntry[] {
  const groups = byTheme(kb).map(([, entries]) => entries);
  const picked: KnowledgeEntry[] = [];
  for (let round = 0; picked.length < max && groups.some((group) => group.length > round); round++) {
    for (const group of groups) if (group[round] && picked.length < max) picked.push(group[round]);
  }
  return picked;
}

/**
 * The entries an answer offers next, in the order its author wrote them. Follow-ups may be context-only
 * entries (reachable only this way); ids missing after a reload and unreviewed drafts are left out.
 * `leading` entries come first: the other question of a message that asked two things, or the answers
 * close to a question whose topic is not in the sources.
 */
export function followupEntries(entry: KnowledgeEntry, kb: KnowledgeBase, leading: readonly KnowledgeEntry[] = []): KnowledgeEntry[] {
  const first = leading.map((e) => e.id);
  const ids = [...first, ...entry.followups.filter((id) => !first.includes(id))];
  return ids.map((id) => kb.byId.get(id)).filter((followup): followup is KnowledgeEntry => followup !== undefined && !followup.draft);
}
