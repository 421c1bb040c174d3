import { readFile } from 'node:fs/promises';
import { CqaImportError, cqaMessages } from './cqaMessages';
import type { CqaPair } from './cqaTypes';
import { headedRows, readCqaPairs } from './readCqaPairs';
import { parseTsv } from './tsvText';

/**
 * Reads a QnA Maker / Custom Question Answering export into its QnA pairs: a `.tsv` file, or the
 * first sheet of an `.xlsx` workbook (same columns; a row's number is its line in messages).
 */
export async function readCqaFile(file: string): Promise<CqaPair[]> {
  const lines = /\.xlsx$/i.test(file) ? await xlsxLines(file) : /\.tsv$/i.test(file) ? parseTsv(await read(file)) : undefined;
  if (!lines) throw new CqaImportError([cqaMessages.unknownFormat(file)]);
  return readCqaPairs(file, headedRows(file, lines));
}

async function read(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CqaImportError([cqaMessages.unreadable(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message)]);
  }
}

async function xlsxLines(file: string): Promise<Array<{ line: number; cells: string[] }>> {
  let data;
  try {
    // The package is an ES module: imported when an Excel file is read (the CommonJS build cannot require it).
    const { readSheet } = await import('read-excel-file/node');
    data = await readSheet(await readFile(file));
  } catch (error) {
    throw new CqaImportError([cqaMessages.unreadable(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message)]);
  }
  return data
    .map((row, index) => ({ line: index + 1, cells: row.map((cell) => (cell === null ? '' : String(cell))) }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
}
