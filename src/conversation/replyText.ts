import type { KnowledgeEntry } from '../knowledge/types';
import { escapeUserText } from './escapeUserText';
import type { MenuGroup } from './menuGroups';
import { messages } from './messages';
import type { Reply } from './replies';

/** The sentence before a "did you mean" reply's entries, as Markdown: "Vouliez-vous dire…", or "my sources do not rank". */
export function didYouMeanSentence(reply: Extract<Reply, { kind: 'did-you-mean' }>): string {
  return reply.judgement ? messages.noJudgement : messages.didYouMean(escapeUserText(reply.typed));
}

/**
 * A reply as Markdown text: what a text-only channel shows (without its buttons), what a card falls
 * back to, and what the hand-off transcript keeps. Decision traces have none.
 */
export function replyText(reply: Reply): string {
  switch (reply.kind) {
    case 'welcome':
      return messages.welcome(reply.topics);
    case 'answer':
      return answerText(reply.entry);
    case 'did-you-mean':
      return withTitles(didYouMeanSentence(reply), reply.candidates);
    case 'choose-profile':
      return withTitles(messages.chooseProfile, reply.candidates);
    case 'fallback':
      return messages.fallback(reply.topics);
    case 'menu':
      return menuText(reply.groups);
    case 'empty-message':
      return messages.emptyMessage;
    case 'notice':
    case 'handoff':
      return reply.text;
    case 'decision':
      return '';
  }
}

/** An answer with its source line (built once per entry object: a reloaded base has new ones). */
export function answerText(entry: KnowledgeEntry): string {
  let text = answerTexts.get(entry);
  if (text === undefined) {
    const source = entry.source;
    const answer = entry.answer.trim();
    text = source ? `${answer}\n\n${messages.sourceLine(source.title, source.updated, source.url)}` : answer;
    answerTexts.set(entry, text);
  }
  return text;
}

const answerTexts = new WeakMap<KnowledgeEntry, string>();

/** The menu as text: a heading per theme and the titles under it, which the user can type back. */
export function menuText(groups: readonly MenuGroup[]): string {
  const sections = groups.map(({ theme, entries }) => `**${theme}**\n${bulletTitles(entries)}`);
  return [messages.menuIntro, ...sections].join('\n\n');
}

function withTitles(sentence: string, entries: readonly KnowledgeEntry[]): string {
  return [sentence, bulletTitles(entries)].filter(Boolean).join('\n');
}

function bulletTitles(entries: readonly KnowledgeEntry[]): string {
  return entries.map((entry) => `- ${entry.title}`).join('\n');
}
