import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import { byTheme } from './catalog';
import { handoffEntryId } from './handoff';
import { messages } from './messages';

export interface MenuGroup {
  theme: string;
  entries: KnowledgeEntry[];
}

/**
 * What the help menu lists: the offered entries grouped by theme (biggest theme first), then
 * "talk to an advisor" when the knowledge base has that entry, so that a person is always one tap away.
 */
export function menuGroups(kb: KnowledgeBase): MenuGroup[] {
  const groups = byTheme(kb).map(([theme, entries]) => ({ theme: theme ?? messages.otherTheme, entries }));
  const handoff = kb.byId.get(handoffEntryId);
  if (handoff && !handoff.draft) groups.push({ theme: messages.menuHandoffTheme, entries: [handoff] });
  return groups;
}
