import type { Document, LineCounter, YAMLError } from 'yaml';
import { yaml } from './yamlModule';
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
  yaml().visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range && node.range[0] <= error.pos[0] && node.range[1] >= error.pos[0]) start = node.range[0];
    },
  });
  return start;
}

/** A `[` or `{` list never closed is reported where the next line starts; the person needs where it opens. */
function unclosedBracketStart(text: string, error: YAMLError): number | undefined {
  if (!/^Flow (sequence|mapping)/.test(error.message)) return undefined;
  const open: number[] = [];
  for (let i = 0; i < Math.min(error.pos[0], text.length); i++) {
    const char = text[i];
    if (char === '[' || char === '{') open.push(i);
    else if ((char === ']' || char === '}') && open.length) open.pop();
  }
  return open.length ? open[open.length - 1] : undefined;
}

/**
 * Parses YAML text, keeping line information so that later checks can point at a line.
 * Syntax errors (and duplicate keys, which yaml reports as errors) become issues.
 */
export function parseYamlFile(file: string, text: string): ParseResult {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  // `uniqueKeys` is on by default: a key written twice is an error, not a silent overwrite.
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) return { ok: false, issues: syntaxIssues(file, text, doc, lineCounter) };
  let data: unknown;
  try {
    // A few aliases are fine; thousands (an "alias bomb") would expand to gigabytes: yaml refuses them.
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return { ok: false, issues: [{ file, line: firstAliasLine(doc, lineCounter), ...messages.aliasBomb() }] };
  }
  if (data === null || data === undefined) {
    return { ok: false, issues: [{ file, line: 1, ...messages.emptyFile() }] };
  }
  return { ok: true, parsed: { file, doc, lineCounter, data } };
}

/** More alias expansions than this in one file is refused (yaml's own guard, made explicit). */
const MAX_ALIAS_COUNT = 100;

function firstAliasLine(doc: Document.Parsed, lineCounter: LineCounter): number | undefined {
  let offset: number | undefined;
  yaml().visit(doc, {
    Alias(_key, node) {
      if (node.range && (offset === undefined || node.range[0] < offset)) offset = node.range[0];
    },
  });
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/**
 * One syntax mistake makes the parser report several errors after it, which are noise to the person
 * editing: a tab gives one problem per line holding a tab and nothing else; otherwise the first error
 * is kept, and every key written twice (each is a mistake of its own).
 */
function syntaxIssues(file: string, text: string, doc: Document.Parsed, lineCounter: LineCounter): KnowledgeIssue[] {
  const tabs = doc.errors.filter((error) => error.code === 'TAB_AS_INDENT');
  const first = doc.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  const kept = tabs.length > 0 ? tabs : doc.errors.filter((error) => error === first || error.code === 'DUPLICATE_KEY');
  const seen = new Set<string>();
  return kept.flatMap((error) => {
    const quoteStart = unclosedQuoteStart(doc, error) ?? unclosedBracketStart(text, error);
    const position = quoteStart === undefined ? error.linePos?.[0] : lineCounter.linePos(quoteStart);
    const issue = { file, line: position?.line, column: position?.col, ...messages.yamlSyntax(error.code, firstLine(error.message)) };
    const key = `${issue.line}:${issue.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [issue];
  });
}
