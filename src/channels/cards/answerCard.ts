import { messages } from '../../conversation/messages';
import type { KnowledgeEntry } from '../../knowledge/types';
import type { Reply } from '../../conversation/replies';
import { replyText } from '../../conversation/replyText';
import { actionSet, actionSets, adaptiveCard, submitAction, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard';
import { toCardMarkdown } from './cardMarkdown';

/** Cards already built, per entry object (a reloaded base has new objects, hence new cards). */
const built = new WeakMap<KnowledgeEntry, Map<string, AdaptiveCard>>();

/**
 * An answer as an Adaptive Card: the answer, its source and date, one button per related entry
 * (sent back by entry id), and, unless it is small talk, "Cette réponse vous a-t-elle aidé ? 👍 / 👎".
 * The card depends only on the entry, its buttons and the feedback switch: it is built once, frozen, and
 * shared by every turn that gives that answer.
 */
export function answerCard(reply: Extract<Reply, { kind: 'answer' }>): AdaptiveCard {
  let cards = built.get(reply.entry);
  if (!cards) built.set(reply.entry, (cards = new Map()));
  const key = `${reply.feedback ? 1 : 0}${reply.related.map((entry) => `\u0000${entry.id}\u0001${entry.title}`).join('')}`;
  let card = cards.get(key);
  if (!card) {
    card = deepFreeze(buildAnswerCard(reply));
    cards.set(key, card);
  }
  return card;
}

function buildAnswerCard(reply: Extract<Reply, { kind: 'answer' }>): AdaptiveCard {
  const { entry, related } = reply;
  const body: CardElement[] = [textBlock(toCardMarkdown(entry.answer))];
  const source = entry.source ? messages.sourceText(entry.source.title, entry.source.updated, entry.source.url) : undefined;
  if (source) body.push(textBlock(source, { isSubtle: true, size: 'Small', spacing: 'Medium' }));

  if (related.length > 0) {
    body.push(textBlock(messages.followupsHeading, { weight: 'Bolder', spacing: 'Medium' }));
    body.push(...actionSets(related.map((followup) => submitAction(followup.title, { action: 'followup', entryId: followup.id }))));
  }
  if (reply.feedback) {
    body.push(textBlock(messages.feedbackQuestion, { spacing: 'Medium', size: 'Small' }));
    body.push(
      actionSet([
        submitAction(messages.voteUp, { action: 'feedback', entryId: entry.id, vote: 'up' }, '👍'),
        submitAction(messages.voteDown, { action: 'feedback', entryId: entry.id, vote: 'down' }, '👎'),
      ]),
    );
  }
  return adaptiveCard(body, replyText(reply));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
