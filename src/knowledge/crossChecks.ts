import { messages } from './errorMessages';
import { foldForLookup } from '../text/fold';
import type { KnowledgeEntry, KnowledgeIssue, SynonymRule } from './types';

/** An id with its place, from a valid entry or from a file that failed validation. */
export interface IdLocation {
  id: string;
  file: string;
  line: number;
}

const where = (location: { file: string; line: number }) => `${location.file}:${location.line}`;

/** Ids used twice, reported at the second place with a pointer to the first. */
export function checkDuplicateIds(ids: readonly IdLocation[]): KnowledgeIssue[] {
  const first = new Map<string, IdLocation>();
  const issues: KnowledgeIssue[] = [];
  for (const current of ids) {
    const previous = first.get(current.id);
    if (previous) issues.push({ file: current.file, line: current.line, message: messages.duplicateId(current.id, where(previous)) });
    else first.set(current.id, current);
  }
  return issues;
}

/** Follow-ups must name an existing entry (ids from broken files count as existing). */
export function checkFollowups(entries: readonly KnowledgeEntry[], knownIds: ReadonlySet<string>): KnowledgeIssue[] {
  return entries.flatMap((entry) =>
    entry.followups.flatMap((target): KnowledgeIssue[] => {
      const at = { file: entry.location.file, line: entry.location.line };
      if (target === entry.id) return [{ ...at, message: messages.followupSelf(entry.id) }];
      return knownIds.has(target) ? [] : [{ ...at, message: messages.followupMissing(entry.id, target) }];
    }),
  );
}

/**
 * Empty texts. The schema already refuses them in YAML; this also guards entries built in code
 * (e.g. by an importer) before they reach the matcher.
 */
export function checkEmptyTexts(entries: readonly KnowledgeEntry[]): KnowledgeIssue[] {
  return entries.flatMap((entry) => {
    const at = { file: entry.location.file, line: entry.location.line };
    const issues: KnowledgeIssue[] = [];
    if (entry.answer.trim() === '') issues.push({ ...at, message: messages.emptyAnswer(entry.id) });
    entry.questions.forEach((question, index) => {
      if (question.trim() === '') issues.push({ ...at, message: messages.emptyQuestion(entry.id, index) });
    });
    return issues;
  });
}

/** The same question in two entries makes the match a coin toss: reported as a warning. */
export function checkSharedQuestions(entries: readonly KnowledgeEntry[]): KnowledgeIssue[] {
  const owner = new Map<string, KnowledgeEntry>();
  const issues: KnowledgeIssue[] = [];
  for (const entry of entries) {
    for (const question of new Set(entry.questions.map(foldForLookup))) {
      const other = owner.get(question);
      if (other && other.id !== entry.id) {
        const text = entry.questions.find((q) => foldForLookup(q) === question) ?? question;
        issues.push({ ...entry.location, message: messages.questionInTwoEntries(text, entry.id, other.id), severity: 'warning' });
      } else owner.set(question, entry);
    }
  }
  return issues;
}

/** A variant belongs to one rule only, and is neither its own canonical nor another rule's. */
export function checkSynonyms(rules: readonly SynonymRule[]): KnowledgeIssue[] {
  const canonicals = new Map(rules.map((rule) => [foldForLookup(rule.canonical), rule]));
  const variantOwner = new Map<string, SynonymRule>();
  const issues: KnowledgeIssue[] = [];
  for (const rule of rules) {
    const at = { file: rule.location?.file ?? 'synonyms', line: rule.location?.line };
    for (const variant of rule.variants) {
      const key = foldForLookup(variant);
      const other = variantOwner.get(key);
      const canonicalRule = canonicals.get(key);
      if (key === foldForLookup(rule.canonical)) issues.push({ ...at, message: messages.variantSameAsCanonical(variant), severity: 'warning' });
      else if (canonicalRule) issues.push({ ...at, message: messages.variantIsCanonical(variant, rule.canonical) });
      else if (other && other !== rule) {
        const otherAt = other.location ? where(other.location) : 'synonyms';
        issues.push({ ...at, message: messages.variantInTwoRules(variant, rule.canonical, other.canonical, otherAt) });
      } else variantOwner.set(key, rule);
    }
  }
  return issues;
}
