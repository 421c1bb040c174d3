import type { KnowledgeBase, KnowledgeEntry } from '../../knowledge/types';
import { followupEntries } from '../catalog';
import { messages } from '../messages';
import { actionSet, actionSets, adaptiveCard, submitAction, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard';
import { toCardMarkdown } from './cardMarkdown';

/** Small talk ("bonjour", "merci") gets no 👍/👎: a vote on a greeting means nothing. */
export function asksForFeedback(entry: KnowledgeEntry): boolean {
  return entry.kind !== 'smalltalk';
}

/**
 * An answer as an Adaptive Card: the answer, its source and date, one button per follow-up
 * (sent back by entry id), and "Cette réponse vous a-t-elle aidé ? 👍 / 👎".
 */
export function answerCard(entry: KnowledgeEntry, kb: KnowledgeBase, leading: readonly KnowledgeEntry[] = []): AdaptiveCard {
  const body: CardElement[] = [textBlock(toCardMarkdown(entry.answer))];
  const source = entry.source ? messages.sourceText(entry.source.title, entry.source.updated, entry.source.url) : undefined;
  if (source) body.push(textBlock(source, { isSubtle: true, size: 'Small', spacing: 'Medium' }));

  const followups = followupEntries(entry, kb, leading);
  if (followups.length > 0) {
    body.push(textBlock(messages.followupsHeading, { weight: 'Bolder', spacing: 'Medium' }));
    body.push(...actionSets(followups.map((followup) => submitAction(followup.title, { action: 'followup', entryId: followup.id }))));
  }
  if (asksForFeedback(entry)) {
    body.push(textBlock(messages.feedbackQuestion, { spacing: 'Medium', size: 'Small' }));
    body.push(
      actionSet([
        submitAction(messages.voteUp, { action: 'feedback', entryId: entry.id, vote: 'up' }, '👍'),
        submitAction(messages.voteDown, { action: 'feedback', entryId: entry.id, vote: 'down' }, '👎'),
      ]),
    );
  }
  const fallbackText = source ? `${entry.answer.trim()}\n\n*${source}*` : entry.answer.trim();
  return adaptiveCard(body, fallbackText);
}
