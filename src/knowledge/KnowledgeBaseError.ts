import { messages } from './errorMessages';
import type { KnowledgeIssue } from './types';

export type IssueLanguage = 'fr' | 'en';

/**
 * `file:line: message`, the form editors and terminals turn into links. English by default (logs);
 * `fr` gives the French message support staff read in `kb:check`.
 */
export function formatIssue(issue: KnowledgeIssue): string {
  return formatIssueIn(issue, 'en');
}

/** `formatIssue` in the given language. */
export function formatIssueIn(issue: KnowledgeIssue, lang: IssueLanguage): string {
  const place = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const warning = issue.severity === 'warning' ? (lang === 'fr' ? 'attention : ' : 'warning: ') : '';
  const text = lang === 'fr' ? (issue.messageFr ?? issue.message) : issue.message;
  return `${place}: ${warning}${text}`;
}

/** Thrown when a knowledge base cannot be loaded: carries every problem found, not just the first. */
export class KnowledgeBaseError extends Error {
  readonly issues: readonly KnowledgeIssue[];

  constructor(issues: readonly KnowledgeIssue[]) {
    super(`${messages.summary(issues.filter((issue) => issue.severity !== 'warning').length)}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    this.name = 'KnowledgeBaseError';
    this.issues = issues;
  }
}
