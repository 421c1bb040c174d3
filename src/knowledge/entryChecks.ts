import { messages } from './errorMessages';
import { foldForLookup } from '../text/fold';
import type { ParsedYaml } from './parseYamlFile';
import type { KnowledgeIssue } from './types';
import { lineOf } from './yamlLocation';
import { pairedTopicParts } from './pairedTopics';

/** Below this many phrasings an entry is reported (as a warning): people word things in many ways. */
export const ADVISED_MIN_QUESTIONS = 4;

/** An answer longer than this is refused: it would make an oversized chat message (Teams refuses about 28 KB). */
export const MAX_ANSWER_CHARS = 4000;

/** A reviewed answer longer than this many lines is reported (as a warning): chat answers stay short. */
export const ADVISED_MAX_ANSWER_LINES = 8;

/**
 * Checks inside one schema-valid entry, with the exact line of the culprit:
 * the same question written twice and an oversized answer are errors; too few phrasings, a long reviewed answer
 * and a paired tag ("portage + étudiant") outside a not-available entry are warnings.
 */
export function checkEntryContent(
  parsed: ParsedYaml,
  entry: { id: string; questions: string[]; answer: string; draft?: boolean; kind?: string; tags?: string[] },
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
        ...messages.duplicateQuestion(entry.id, question),
      });
    }
    seen.add(key);
  });
  if (seen.size < ADVISED_MIN_QUESTIONS) {
    issues.push({
      file: parsed.file,
      line: lineOf(parsed, ['entries', index, 'questions']),
      ...messages.fewQuestions(entry.id, seen.size, ADVISED_MIN_QUESTIONS),
      severity: 'warning',
    });
  }
  if (entry.kind !== 'not-available') {
    (entry.tags ?? []).forEach((tag, t) => {
      if (pairedTopicParts(tag) === undefined) return;
      issues.push({ file: parsed.file, line: lineOf(parsed, ['entries', index, 'tags', t]), ...messages.pairedTagIgnored(entry.id, tag), severity: 'warning' });
    });
  }
  const answerLine = lineOf(parsed, ['entries', index, 'answer']);
  if (entry.answer.length > MAX_ANSWER_CHARS) {
    issues.push({ file: parsed.file, line: answerLine, ...messages.answerTooLong(entry.id, entry.answer.length, MAX_ANSWER_CHARS) });
  } else {
    const lines = entry.answer.split('\n').filter((line) => line.trim()).length;
    if (!entry.draft && lines > ADVISED_MAX_ANSWER_LINES) {
      issues.push({ file: parsed.file, line: answerLine, ...messages.answerManyLines(entry.id, lines, ADVISED_MAX_ANSWER_LINES), severity: 'warning' });
    }
  }
  return issues;
}
