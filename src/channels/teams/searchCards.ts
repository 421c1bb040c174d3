import { messages } from '../../conversation/messages';
import type { KnowledgeEntry } from '../../knowledge/types';
import type { Attachment } from '../activity';
import { adaptiveCard, cardAttachment, textBlock, type AdaptiveCard, type CardElement } from '../cards/adaptiveCard';
import { toCardMarkdown } from '../cards/cardMarkdown';
import { teamsAppName, teamsMessages } from './teamsMessages';

/** How much of the answer a search result shows under its title. */
export const snippetLength = 140;

/**
 * The card a person inserts into a conversation from the message extension: the entry's title,
 * its answer and source. It is posted by that person, not by the bot, so it has no button that
 * talks to the bot (the conversation may not even have the bot); only a link to the source page.
 */
export function insertedAnswerCard(entry: KnowledgeEntry): AdaptiveCard {
  const body: CardElement[] = [
    textBlock(entry.title, { weight: 'Bolder', size: 'Medium' }),
    textBlock(toCardMarkdown(entry.answer)),
  ];
  const source = entry.source;
  if (source) body.push(textBlock(messages.sourceText(source.title, source.updated, source.url), { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  body.push(textBlock(teamsMessages.insertedFrom(teamsAppName), { isSubtle: true, size: 'Small' }));
  const actions: CardElement[] = source?.url ? [{ type: 'Action.OpenUrl', title: teamsMessages.openSource, url: source.url }] : [];
  return adaptiveCard(body, `${entry.title}\n\n${entry.answer.trim()}`, actions);
}

/** The start of an answer as plain text, cut at a word: what a search result shows. */
export function answerSnippet(answer: string, max = snippetLength): string {
  const plain = toCardMarkdown(answer)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]+/g, '')
    .replace(/^\s*(?:-|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * One search result: the answer card to insert, and the preview Teams lists (title and answer start).
 * Choosing the preview inserts the card as it is (no `tap`: Teams then needs no second round trip, and
 * the Agents Playground, which does not support taps, shows the same thing as Teams).
 */
export function searchResult(entry: KnowledgeEntry): Attachment & { preview: Attachment } {
  const preview: Attachment = {
    contentType: 'application/vnd.microsoft.card.hero',
    content: { title: entry.title, text: answerSnippet(entry.answer), images: [], buttons: [] },
  };
  return { ...cardAttachment(insertedAnswerCard(entry)), preview };
}
