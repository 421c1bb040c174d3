import { messages } from './errorMessages';
import { foldForLookup } from '../text/fold';
import type { ParsedYaml } from './parseYamlFile';
import type { KnowledgeIssue } from './types';
import { lineOf } from './yamlLocation';

/** Below this many phrasings an entry is reported (as a warning): people word things in many ways. */
export const ADVISED_MIN_QUESTIONS = 4;

/**
 * Checks inside one schema-valid entry, with the exact line of the culprit:
 * the same question written twice is an error; too few phrasings is a warning.
 */
export function checkEntryContent(
  parsed: ParsedYaml,
  entry: { id: string; questions: string[] },
  index: number,
): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const seen = new Set<string>();
  entry.questions.forEach((question, q) => {
    const key = foldForLookup(question);
    if (seen.has(key)) {
      issues.push({
        file: parsed.file,
        line: lineOf(parsed, ['entries', index, 'questions', q]),
        message: messages.duplicateQuestion(entry.id, question),
      });
    }
    seen.add(key);
  });
  if (seen.size < ADVISED_MIN_QUESTIONS) {
    issues.push({
      file: parsed.file,
      line: lineOf(parsed, ['entries', index, 'questions']),
      message: messages.fewQuestions(entry.id, seen.size, ADVISED_MIN_QUESTIONS),
      severity: 'warning',
    });
  }
  return issues;
}
