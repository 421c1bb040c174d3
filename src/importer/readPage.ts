/** A saved page -> its structure, HTML or plain text told apart by the file's name, else by its content. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImportError, importMessages } from './importErrors';
import { readHtmlPage } from './readHtmlPage';
import { readTextPage } from './readTextPage';
import { structurePage } from './structurePage';
import type { ImportedPage } from './types';

export function looksLikeHtml(file: string, content: string): boolean {
  const extension = path.extname(file).toLowerCase();
  if (['.html', '.htm', '.xhtml'].includes(extension)) return true;
  if (['.txt', '.text', '.md'].includes(extension)) return false;
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(content);
}

/** Reads and structures a page from its content (`file` names it in messages and picks the format). */
export function readPageContent(file: string, content: string): ImportedPage {
  const raw = looksLikeHtml(file, content) ? readHtmlPage(content) : readTextPage(content);
  return structurePage(raw, file);
}

export async function readPage(file: string): Promise<ImportedPage> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new ImportError(importMessages.unreadable(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  return readPageContent(file, content.replace(/^\uFEFF/, ''));
}
