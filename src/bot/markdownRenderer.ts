import { ActivityTypes } from 'botbuilder';
import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import { exampleEntries, followupEntries, knowledgeTopics } from './catalog';
import { escapeUserText } from './escapeUserText';
import { menuGroups } from './menuGroups';
import { messages } from './messages';
import { renderDecision, type Reply, type ReplyRenderer } from './replyRenderer';
import { textWithActions } from './suggestedActions';

export interface TextRendererOptions {
  /** Most suggested actions per reply (Teams shows three). */
  maxSuggestedActions: number;
}

/**
 * Replies for channels without cards: clean Markdown text, follow-ups and choices as suggested actions.
 * Works on every channel; it is also what cards fall back to for welcome and fallback messages.
 */
export function createTextRenderer(options: TextRendererOptions): ReplyRenderer {
  const max = options.maxSuggestedActions;
  const renderer: Omit<ReplyRenderer, 'decision'> = {
    welcome: (kb) => [textWithActions(messages.welcome(knowledgeTopics(kb)), exampleEntries(kb), max)],
    answer: (entry, kb, leading) => [textWithActions(answerText(entry), followupEntries(entry, kb, leading), max)],
    didYouMean: (typed, candidates) => [textWithActions(messages.didYouMean(escapeUserText(typed)), candidates, max)],
    chooseProfile: (candidates) => [textWithActions(messages.chooseProfile, candidates, max)],
    fallback: (kb) => [textWithActions(messages.fallback(knowledgeTopics(kb)), exampleEntries(kb), max)],
    menu: (kb) => [{ type: ActivityTypes.Message, text: menuText(kb), textFormat: 'markdown' }],
    emptyMessage: (kb) => [textWithActions(messages.emptyMessage, exampleEntries(kb), max)],
  };
  return { ...renderer, decision: (decision, kb) => renderDecision(renderer, decision, kb) };
}

/** The text renderer with the default number of suggested actions. */
export const markdownRenderer: ReplyRenderer = createTextRenderer({ maxSuggestedActions: 4 });

/** An answer with its source line. */
export function answerText(entry: KnowledgeEntry): string {
  const source = entry.source;
  return source ? `${entry.answer}\n\n${messages.sourceLine(source.title, source.updated, source.url)}` : entry.answer;
}

/** The menu as text: a heading per theme and the titles under it, which the user can type back. */
function menuText(kb: KnowledgeBase): string {
  const groups = menuGroups(kb).map(({ theme, entries }) => `**${theme}**\n${entries.map((entry) => `- ${entry.title}`).join('\n')}`);
  return [messages.menuIntro, ...groups].join('\n\n');
}

export type { Reply };
