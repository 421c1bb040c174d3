import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Document } from 'yaml';
import { formatIssue, KnowledgeBaseError, loadKnowledgeBase, yaml } from '../knowledge';
import { atomicWriteFile } from '../runtime/atomicWriteFile';
import { notPlainQuestion } from './plainQuestion';
import type { AlternateProposal } from './reviewTypes';

/** Written like the files are (no folding of long lines, `[a, b]` without inner spaces). */
const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

export interface ApplyOutcome {
  applied: AlternateProposal[];
  refused: Array<{ proposal: AlternateProposal; reason: string }>;
  /** Files written (names inside the knowledge folder). */
  files: string[];
}

/**
 * Adds each proposal's question to its entry's `questions:` list, keeping the files' comments and layout.
 * Each change is tried on a copy of the folder and checked by loading the whole base: a change that
 * would break it (or reformat other lines) is refused and left out. The real files are written last,
 * and only if nobody changed them meanwhile.
 *
 * @example await applyAlternates('knowledge', review.alternates)
 */
export async function applyAlternates(knowledgeDir: string, proposals: readonly AlternateProposal[]): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { applied: [], refused: [], files: [] };
  if (proposals.length === 0) return outcome;
  const scratch = await mkdtemp(path.join(tmpdir(), 'kb-review-'));
  // Same folder name as the real one: messages and entry locations then read the same.
  const copy = path.join(scratch, path.basename(path.resolve(knowledgeDir)));
  try {
    await cp(knowledgeDir, copy, { recursive: true });
    const originals = new Map<string, string>();
    for (const proposal of proposals) {
      const name = fileName(proposal.file);
      const before = await readFile(path.join(copy, name), 'utf8').catch(() => undefined);
      if (before === undefined) {
        outcome.refused.push({ proposal, reason: `file ${proposal.file} not found` });
        continue;
      }
      if (!originals.has(name)) originals.set(name, before);
      const added = addQuestion(before, proposal);
      if (typeof added !== 'string') {
        outcome.refused.push({ proposal, reason: added.reason });
        continue;
      }
      await writeFile(path.join(copy, name), added, 'utf8');
      const problem = await validate(copy);
      if (problem) {
        await writeFile(path.join(copy, name), before, 'utf8');
        outcome.refused.push({ proposal, reason: `the knowledge base would not load: ${problem}` });
      } else outcome.applied.push(proposal);
    }
    await writeBack(knowledgeDir, copy, originals, outcome);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return outcome;
}

/**
 * The file's new text, or why the question cannot be added.
 * The Document API finds the entry and writes the new item (quoting it when YAML needs it); only the
 * lines it adds are then spliced into the original text, so everything else stays byte for byte
 * (the library would, for one, squeeze the spaces that align inline comments).
 */
export function addQuestion(original: string, proposal: Pick<AlternateProposal, 'entryId' | 'question'>): string | { reason: string } {
  // Never a link or markup in the base, whatever the records say (they are written by anyone who chats).
  const notPlain = notPlainQuestion(proposal.question);
  if (notPlain) return { reason: `not plain words: ${notPlain}` };
  // Windows line endings: worked on as \n, written back as \r\n.
  const crlf = original.includes('\r\n');
  const text = crlf ? original.replace(/\r\n/g, '\n') : original;
  const result = addQuestionLf(text, proposal);
  return crlf && typeof result === 'string' ? result.replace(/\n/g, '\r\n') : result;
}

function addQuestionLf(text: string, proposal: Pick<AlternateProposal, 'entryId' | 'question'>): string | { reason: string } {
  const doc = yaml().parseDocument(text);
  if (doc.errors.length > 0) return { reason: `the file does not parse: ${doc.errors[0].message}` };
  const questions = questionsOf(doc, proposal.entryId);
  if (!questions) return { reason: `entry ${proposal.entryId} has no questions list in this file` };
  questions.add(doc.createNode(proposal.question));
  const spliced = spliceInsertedLines(text, doc.toString(TO_STRING));
  return spliced ?? { reason: 'the YAML library would rewrite other lines of this file: add it by hand' };
}

function questionsOf(doc: Document, entryId: string) {
  const { isMap, isSeq } = yaml();
  const entries = doc.get('entries', true);
  if (!isSeq(entries)) return undefined;
  const entry = entries.items.find((item) => isMap(item) && item.get('id') === entryId);
  if (!isMap(entry)) return undefined;
  const questions = entry.get('questions', true);
  return isSeq(questions) ? questions : undefined;
}

/** Lines that differ only in inner spacing (e.g. before an inline comment) are the same line; indentation must match. */
const squeeze = (line: string) => {
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  return indent + line.slice(indent.length).replace(/\s+/g, ' ').trimEnd();
};
const sameLine = (a: string, b: string) => a === b || squeeze(a) === squeeze(b);

/**
 * When `after` is `before` with lines added in one place (and otherwise the same lines), `before`
 * with just those lines added; undefined when anything else changed.
 */
export function spliceInsertedLines(before: string, after: string): string | undefined {
  const a = before.split('\n');
  const b = after.split('\n');
  if (b.length <= a.length) return undefined;
  let start = 0;
  while (start < a.length && sameLine(a[start], b[start])) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && sameLine(a[endA], b[endB])) [endA, endB] = [endA - 1, endB - 1];
  if (endA >= start) return undefined;
  return [...a.slice(0, start), ...b.slice(start, endB + 1), ...a.slice(start)].join('\n');
}

async function validate(dir: string): Promise<string | undefined> {
  try {
    await loadKnowledgeBase(dir);
    return undefined;
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    const errors = error.issues.filter((issue) => issue.severity !== 'warning');
    return errors.map(formatIssue).join('; ');
  }
}

async function writeBack(knowledgeDir: string, copy: string, originals: Map<string, string>, outcome: ApplyOutcome): Promise<void> {
  for (const [name, original] of originals) {
    const target = path.join(knowledgeDir, name);
    const updated = await readFile(path.join(copy, name), 'utf8');
    if (updated === original) continue;
    if ((await readFile(target, 'utf8')) !== original) {
      const lost = outcome.applied.filter((proposal) => fileName(proposal.file) === name);
      outcome.applied = outcome.applied.filter((proposal) => !lost.includes(proposal));
      outcome.refused.push(...lost.map((proposal) => ({ proposal, reason: `${proposal.file} was changed meanwhile: run kb:review again` })));
      continue;
    }
    // Keep the file's permissions (knowledge files are shared, unlike bot state).
    await atomicWriteFile(target, updated, (await stat(target)).mode & 0o777);
    outcome.files.push(name);
  }
}

/** `knowledge/portage-salarial.yaml` (as in entry locations) -> `portage-salarial.yaml`. */
function fileName(location: string): string {
  return path.posix.basename(location);
}
