import path from 'node:path';
import { Document, isScalar, isSeq, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { SCHEMA_DIR } from '../knowledge/schemas';
import type { CqaDraftEntry } from './cqaEntries';

/** Written like the other knowledge files (no folding of long lines, `[a, b]` without inner spaces). */
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The draft knowledge file of an imported export, shaped like a page import's draft: a header
 * saying how to review it, then `entries`, each with `draft: true`.
 */
export function cqaDraftYaml(entries: readonly CqaDraftEntry[], options: { target: string; sourceFile: string; theme?: string }): string {
  const doc = new Document({ ...(options.theme ? { theme: options.theme } : {}), entries: [] });
  doc.commentBefore = header(options.target, options.sourceFile);
  const seq = doc.get('entries', true) as YAMLSeq;
  for (const entry of entries) {
    const map = doc.createNode({}) as YAMLMap;
    for (const [key, value] of Object.entries(entry)) {
      const node = doc.createNode(value);
      if (key === 'answer' && isScalar(node)) (node as Scalar).type = 'BLOCK_LITERAL';
      if ((key === 'tags' || key === 'followups') && isSeq(node)) (node as YAMLSeq).flow = true;
      map.set(key, node);
    }
    map.spaceBefore = true;
    seq.items.push(map);
  }
  return doc.toString(STRINGIFY);
}

function header(target: string, sourceFile: string): string {
  const schema = path.relative(path.dirname(path.resolve(target)), path.join(SCHEMA_DIR, 'knowledge.schema.json')).split(path.sep).join('/');
  const lines = [
    `yaml-language-server: $schema=${schema.startsWith('.') ? schema : `./${schema}`}`,
    '',
    `DRAFT imported by \`npm run kb:import\` from ${path.basename(sourceFile)} (QnA Maker / Custom Question Answering export).`,
    'How to review (support staff):',
    '  - Each QnA pair is one entry: its questions are the pair\'s phrasings, its follow-ups the pair\'s prompts.',
    '  - `tags`: the pair\'s metadata as key:value (kept for `npm run kb:export -- --format cqa-tsv`).',
    '  - Check each answer, add the ways people really ask, then set `draft: false`.',
    '  - Check with `npm run kb:check`.',
  ];
  return lines.map((line) => ` ${line}`.trimEnd() || ' ').join('\n');
}
