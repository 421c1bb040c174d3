import { foldForLookup } from '../text/fold';
import type { KnowledgeBase } from '../knowledge/types';
import { createMatcher } from '../matching/matcher';
import type { EvalItem } from './types';

/** A set split by whether its questions name one of some job profiles. */
export interface ProfileSplit {
  kept: EvalItem[];
  /** Items naming one of the profiles: their label was written when the base did not know it. */
  naming: EvalItem[];
}

/**
 * Splits items on whether they name one of `profileIds`, as the matcher reads it
 * (`mentionedProfiles`: synonyms, stems) or as plain text (the profile's name or id words, folded).
 *
 * @example splitItemsNamingProfiles(kb, items, ['data-scientist']).naming // "C'est quoi un data scientist ?"
 */
export function splitItemsNamingProfiles(kb: KnowledgeBase, items: readonly EvalItem[], profileIds: readonly string[]): ProfileSplit {
  const wanted = new Set(profileIds);
  const matcher = createMatcher(kb);
  const names = (kb.profiles ?? [])
    .filter((p) => wanted.has(p.id))
    .flatMap((p) => [p.name, p.id.split('-').join(' ')].map(foldForLookup));
  const namesProfile = (q: string) => {
    const folded = ` ${foldForLookup(q)} `;
    return matcher.mentionedProfiles(q).some((id) => wanted.has(id)) || names.some((name) => folded.includes(` ${name} `));
  };
  const split: ProfileSplit = { kept: [], naming: [] };
  for (const item of items) (namesProfile(item.q) ? split.naming : split.kept).push(item);
  return split;
}
