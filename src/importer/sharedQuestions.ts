/**
 * Questions every job page repeats about portage salarial ("Quel statut possède un <métier> en
 * portage salarial ?") are answered once, by shared entries. A page's question is already covered
 * when it equals a shared entry's question once job names are set aside.
 */
import { foldForLookup } from '../text/fold';
import type { BaseEntry } from './baseEntries';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The question with any known job name (and its article) replaced by one placeholder word. */
export function jobNeutralKey(question: string, jobNames: readonly string[]): string {
  let key = ` ${foldForLookup(question)} `;
  const names = [...new Set(jobNames.map(foldForLookup).filter(Boolean))].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const pattern = new RegExp(` (?:(?:le|la|l|un|une|du|de|d|des) )?${escape(name)}s? `, 'g');
    key = key.replace(pattern, ' metier ');
  }
  return key.trim().replace(/\s+/g, ' ');
}

/** Finds which shared entry (no profile) already answers `question`, if any. */
export function createSharedCoverFinder(base: readonly BaseEntry[], pageJobName: string): (question: string) => string | undefined {
  // Job names the base knows: the page's own and every profile id read as words ("developpeur-back-end").
  const jobNames = [pageJobName, ...new Set(base.flatMap((entry) => (entry.profile ? [entry.profile.replace(/-/g, ' ')] : [])))];
  const owner = new Map<string, string>();
  for (const entry of base) {
    if (entry.profile !== undefined) continue;
    for (const question of entry.questions) {
      const key = jobNeutralKey(question, jobNames);
      if (!owner.has(key)) owner.set(key, entry.id);
    }
  }
  return (question) => owner.get(jobNeutralKey(question, jobNames));
}
