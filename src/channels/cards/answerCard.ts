import { messages } from '../../conversation/messages';
import type { Reply } from '../../conversation/replies';
import { replyText } from '../../conversation/replyText';
import { actionSet, actionSets, adaptiveCard, submitAction, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard';
import { toCardMarkdown } from './cardMarkdown';

/**
 * An answer as an Adaptive Card: the answer, its source and date, one button per related entry
 * (sent back by entry id), and, unless it is small talk, "Cette réponse vous a-t-elle aidé ? 👍 / 👎".
 */
export function answerCard(reply: Extract<Reply, { kind: 'answer' }>): AdaptiveCard {
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
