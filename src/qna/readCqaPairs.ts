import { CqaImportError, cqaMessages } from './cqaMessages';
import type { CqaPair, CqaPrompt, CqaRow } from './cqaTypes';
import { unescapeField } from './tsvText';

/** Columns without which a file is no QnA export (the others are optional: older exports have four columns). */
const REQUIRED_COLUMNS = ['question', 'answer'];

/**
 * The header's columns (lowercase) and the data rows, cells by column; the problems of the header.
 * @example headedRows('faq.tsv', [{ line: 1, cells: ['Question', 'Answer'] }, { line: 2, cells: ['Quoi ?', 'Ça.'] }])
 */
export function headedRows(file: string, lines: Array<{ line: number; cells: string[] }>): CqaRow[] {
  if (lines.length === 0) throw new CqaImportError([cqaMessages.empty(file)]);
  const [header, ...data] = lines;
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new CqaImportError([cqaMessages.badHeader(file, header.line, missing.map(capitalised), header.cells.map((cell) => cell.trim()))]);
  }
  return data.map(({ line, cells }) => ({ line, cells: new Map(names.map((name, index) => [name, cells[index] ?? ''])) }));
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Gathers the rows into QnA pairs: rows with the same QnaId are the phrasings of one pair (rows
 * without a QnaId, as in four-column exports, are gathered by identical answer). Every problem of
 * the file is collected before throwing, so that one run lists them all.
 */
export function readCqaPairs(file: string, rows: readonly CqaRow[]): CqaPair[] {
  const problems: string[] = [];
  const pairs = new Map<string, CqaPair>();
  let nextId = 1;
  const usedIds = new Set(rows.map((row) => Number(row.cells.get('qnaid'))).filter((id) => Number.isInteger(id)));

  for (const row of rows) {
    const cell = (name: string) => row.cells.get(name)?.trim() ?? '';
    const question = unescapeField(cell('question')).trim();
    const answer = unescapeField(row.cells.get('answer') ?? '').trim();
    if (question === '') problems.push(cqaMessages.missingQuestion(file, row.line));
    if (answer === '') problems.push(cqaMessages.missingAnswer(file, row.line));
    const metadata = parseMetadata(cell('metadata'), (pair) => problems.push(cqaMessages.badMetadata(file, row.line, pair)));
    const contextOnly = parseBoolean(cell('iscontextonly'), () => problems.push(cqaMessages.badContextOnly(file, row.line, cell('iscontextonly'))));
    const prompts = parsePrompts(cell('prompts'), (reason) => problems.push(cqaMessages.badPrompts(file, row.line, reason)));
    const idText = cell('qnaid');
    let qnaId: number | undefined;
    if (idText !== '') {
      qnaId = Number(idText);
      if (!Number.isInteger(qnaId) || qnaId < 1) {
        problems.push(cqaMessages.badQnaId(file, row.line, idText));
        continue;
      }
    }
    if (question === '' || answer === '') continue;
    const source = unescapeField(cell('source'));
    const key = qnaId !== undefined ? `id:${qnaId}` : `answer:${answer}\u0000${source}\u0000${cell('metadata')}`;
    const known = pairs.get(key);
    if (known) {
      if (known.answer !== answer) problems.push(cqaMessages.differentAnswer(file, row.line, known.line, known.qnaId));
      else if (!known.questions.includes(question)) known.questions.push(question);
      continue;
    }
    if (qnaId === undefined) {
      while (usedIds.has(nextId)) nextId++;
      qnaId = nextId;
      usedIds.add(nextId);
    }
    pairs.set(key, { qnaId, questions: [question], answer, source, metadata, prompts, contextOnly, line: row.line });
  }

  const ids = new Set([...pairs.values()].map((pair) => pair.qnaId));
  for (const pair of pairs.values()) {
    for (const prompt of pair.prompts) if (!ids.has(prompt.qnaId)) problems.push(cqaMessages.unknownPrompt(file, pair.line, prompt.qnaId));
  }
  if (problems.length > 0) throw new CqaImportError(problems);
  return [...pairs.values()];
}

/** `key:value|key:value` (QnA Maker) or `[{"name":…,"value":…}]` (some converters). */
export function parseMetadata(text: string, bad: (pair: string) => void): Array<[string, string]> {
  if (text === '' || text === '[]') return [];
  if (text.startsWith('[')) {
    try {
      const list = JSON.parse(text) as Array<{ name?: unknown; value?: unknown }>;
      return list.map((item) => [String(item.name ?? '').trim(), String(item.value ?? '').trim()] as [string, string]).filter(([key, value]) => {
        if (key && value) return true;
        bad(JSON.stringify({ name: key, value }));
        return false;
      });
    } catch {
      bad(text);
      return [];
    }
  }
  const pairs: Array<[string, string]> = [];
  for (const part of text.split('|')) {
    if (part.trim() === '') continue;
    const colon = part.indexOf(':');
    const key = part.slice(0, colon).trim();
    const value = unescapeField(part.slice(colon + 1)).trim();
    if (colon < 0 || key === '' || value === '') bad(part);
    else pairs.push([key, value]);
  }
  return pairs;
}

function parseBoolean(text: string, bad: () => void): boolean {
  const value = text.toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  bad();
  return false;
}

function parsePrompts(text: string, bad: (reason: string) => void): CqaPrompt[] {
  if (text === '' || text === '[]') return [];
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch (error) {
    bad((error as Error).message);
    return [];
  }
  if (!Array.isArray(list)) {
    bad('ce n’est pas une liste');
    return [];
  }
  const prompts: CqaPrompt[] = [];
  for (const [index, item] of list.entries()) {
    // Keys differ in case between QnA Maker (DisplayOrder) and CQA (displayOrder).
    const get = (name: string): unknown => (typeof item === 'object' && item !== null ? Object.entries(item).find(([key]) => key.toLowerCase() === name)?.[1] : undefined);
    const qnaId = Number(get('qnaid'));
    const displayText = get('displaytext');
    if (!Number.isInteger(qnaId) || typeof displayText !== 'string' || displayText.trim() === '') {
      bad(`prompt n° ${index + 1} sans QnaId ou sans DisplayText`);
      continue;
    }
    const order = Number(get('displayorder'));
    prompts.push({ displayOrder: Number.isFinite(order) ? order : index, qnaId, displayText: displayText.trim() });
  }
  return prompts.sort((a, b) => a.displayOrder - b.displayOrder);
}

