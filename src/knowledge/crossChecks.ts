import { messages } from './errorMessages';
import { foldForLookup } from '../text/fold';
import { closestWord } from './closestWord';
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
    if (previous) issues.push({ file: current.file, line: current.line, ...messages.duplicateId(current.id, where(previous)) });
    else first.set(current.id, current);
  }
  return issues;
}

/** The known id a mistyped follow-up was probably meant to be (ids are long: up to an eighth of it may differ, at least 2 letters). */
function closestId(target: string, knownIds: ReadonlySet<string>): string | undefined {
  return closestWord(target, [...knownIds], Math.max(2, Math.floor(target.length / 8)));
}

/** Follow-ups must name an existing entry (ids from broken files count as existing). */
export function checkFollowups(entries: readonly KnowledgeEntry[], knownIds: ReadonlySet<string>): KnowledgeIssue[] {
  return entries.flatMap((entry) =>
    entry.followups.flatMap((target): KnowledgeIssue[] => {
      const at = { file: entry.location.file, line: entry.location.line };
      if (target === entry.id) return [{ ...at, ...messages.followupSelf(entry.id) }];
      return knownIds.has(target) ? [] : [{ ...at, ...messages.followupMissing(entry.id, target, closestId(target, knownIds)) }];
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
    if (entry.answer.trim() === '') issues.push({ ...at, ...messages.emptyAnswer(entry.id) });
    entry.questions.forEach((question, index) => {
      if (question.trim() === '') issues.push({ ...at, ...messages.emptyQuestion(entry.id, index) });
    });
    return issues;
  });
}

/**
 * The same question in two entries makes the match a coin toss: an error, reported at the question's
 * own line in both entries (each naming the other place), so the file just edited is always named.
 */
export function checkSharedQuestions(entries: readonly KnowledgeEntry[], questionLines?: ReadonlyMap<KnowledgeEntry, number[]>): KnowledgeIssue[] {
  const owner = new Map<string, { entry: KnowledgeEntry; index: number }>();
  const issues: KnowledgeIssue[] = [];
  const place = (entry: KnowledgeEntry, index: number) => ({ file: entry.location.file, line: questionLines?.get(entry)?.[index] ?? entry.location.line });
  for (const entry of entries) {
    const seen = new Set<string>();
    entry.questions.forEach((question, index) => {
      const key = foldForLookup(question);
      if (seen.has(key)) return;
      seen.add(key);
      const other = owner.get(key);
      if (!other) {
        owner.set(key, { entry, index });
        return;
      }
      if (other.entry.id === entry.id) return;
      const here = place(entry, index);
      const there = place(other.entry, other.index);
      issues.push({ ...here, ...messages.questionInTwoEntries(question, entry.id, other.entry.id, where(there)) });
      issues.push({ ...there, ...messages.questionInTwoEntries(other.entry.questions[other.index], other.entry.id, entry.id, where(here)) });
    });
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
      if (key === foldForLookup(rule.canonical)) issues.push({ ...at, ...messages.variantSameAsCanonical(variant), severity: 'warning' });
      else if (canonicalRule) issues.push({ ...at, ...messages.variantIsCanonical(variant, rule.canonical) });
      else if (other && other !== rule) {
        const otherAt = other.location ? where(other.location) : 'synonyms';
        issues.push({ ...at, ...messages.variantInTwoRules(variant, rule.canonical, other.canonical, otherAt) });
      } else variantOwner.set(key, rule);
    }
  }
  return issues;
}
