import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import { FIELD_KEYS } from './cqaEntries';
import { CQA_COLUMNS, EDITORIAL_SOURCE } from './cqaTypes';
import { escapeField } from './tsvText';

/**
 * The base as a QnA Maker / Custom Question Answering TSV export: one row per question, the
 * entry's answer, source, metadata and prompts repeated on each; entries numbered 1, 2, 3… as QnaId.
 * Tags written `key:value` stay metadata pairs; a plain tag is written `tag:value`, and the kind,
 * theme and profile as `kind:`, `theme:`, `profile:` pairs, so that `kb:import` reads them back.
 *
 * @example await writeFile('faq.tsv', writeCqaTsv(kb))
 */
export function writeCqaTsv(kb: KnowledgeBase): string {
  const qnaIds = new Map(kb.entries.map((entry, index) => [entry.id, index + 1]));
  const lines = [CQA_COLUMNS.join('\t')];
  for (const entry of kb.entries) {
    const qnaId = qnaIds.get(entry.id) ?? 0;
    const shared = [
      escapeField(entry.answer.trimEnd()),
      oneLine(entry.source?.url ?? entry.source?.title ?? EDITORIAL_SOURCE),
      metadataOf(entry),
      '[]',
      entry.contextOnly ? 'true' : 'false',
      JSON.stringify(
        entry.followups
          .filter((id) => qnaIds.has(id))
          .map((id, index) => ({ DisplayOrder: index + 1, QnaId: qnaIds.get(id), DisplayText: kb.byId.get(id)?.title ?? id })),
      ),
      String(qnaId),
    ];
    for (const question of entry.questions) lines.push([oneLine(question), ...shared].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

function metadataOf(entry: KnowledgeEntry): string {
  const pairs: string[] = [];
  if (entry.kind !== 'answer') pairs.push(`${FIELD_KEYS.kind}:${entry.kind}`);
  if (entry.theme) pairs.push(`${FIELD_KEYS.theme}:${entry.theme}`);
  if (entry.profile) pairs.push(`${FIELD_KEYS.profile}:${entry.profile}`);
  for (const tag of entry.tags) pairs.push(/^[^:]+:./.test(tag) ? tag : `${FIELD_KEYS.tag}:${tag}`);
  // `|` separates pairs: inside a value it would split it.
  return pairs.map((pair) => oneLine(pair).replace(/\|/g, '/')).join('|');
}

const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();
