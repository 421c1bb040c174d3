import { LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
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
 * yaml reports an unclosed quote where the file ends; the person editing needs the line where the
 * quote opens, which is the start of the quoted scalar that runs to the error.
 */
function unclosedQuoteStart(doc: Document.Parsed, error: YAMLError): number | undefined {
  if (error.code !== 'MISSING_CHAR' || !/quote/i.test(error.message)) return undefined;
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range && node.range[0] <= error.pos[0] && node.range[1] >= error.pos[0]) start = node.range[0];
    },
  });
  return start;
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
      issues: doc.errors.map((error) => {
        const quoteStart = unclosedQuoteStart(doc, error);
        const position = quoteStart === undefined ? error.linePos?.[0] : lineCounter.linePos(quoteStart);
        return { file, line: position?.line, column: position?.col, message: messages.yamlSyntax(firstLine(error.message)) };
      }),
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    return { ok: false, issues: [{ file, line: 1, message: messages.emptyFile() }] };
  }
  return { ok: true, parsed: { file, doc, lineCounter, data } };
}
