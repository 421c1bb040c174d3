import { messages } from './errorMessages';
import type { KnowledgeIssue } from './types';

/** `file:line: message`, the form editors and terminals turn into links. */
export function formatIssue(issue: KnowledgeIssue): string {
  const place = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${place}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`;
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
