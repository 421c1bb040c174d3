import { LineCounter, parseDocument, type Document } from 'yaml';
import { messages } from './errorMessages';
import type { KnowledgeIssue } from './types';

/** A parsed YAML file that remembers where each node came from. */
export interface ParsedYaml {
  /** Display path used in messages, e.g. `knowledge/portage-salarial.yaml`. */
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Plain JavaScript value of the document (undefined when the file is empty). */
  data: unknown;
}

export type ParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; issues: KnowledgeIssue[] };

/** yaml's messages end with "at line X, column Y:" and a code excerpt; we print the location ourselves. */
function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

/**
 * Parses YAML text, keeping line information so that later checks can point at a line.
 * Syntax errors (and duplicate keys, which yaml reports as errors) become issues.
 */
export function parseYamlFile(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  // `uniqueKeys` is on by default: a key written twice is an error, not a silent overwrite.
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0].line,
        column: error.linePos?.[0].col,
        message: messages.yamlSyntax(firstLine(error.message)),
      })),
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    return { ok: false, issues: [{ file, line: 1, message: messages.emptyFile() }] };
  }
  return { ok: true, parsed: { file, doc, lineCounter, data } };
}
