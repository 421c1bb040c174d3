import { ActionTypes, ActivityTypes, type CardAction } from 'botbuilder';
import type { KnowledgeEntry } from '../knowledge/types';
import type { Reply } from './replyRenderer';

/**
 * A Markdown message with entries offered as suggested actions, which every channel shows in some form.
 * A button shows the entry's title and sends its canonical question: the bot recognises it as the
 * button it offered (conversationData.offered) and, if its memory was lost, the matcher still answers
 * it with certainty.
 */
export function textWithActions(text: string, entries: readonly KnowledgeEntry[], maxActions: number): Reply {
  const actions: CardAction[] = entries.slice(0, maxActions).map((entry) => ({
    type: ActionTypes.ImBack,
    title: entry.title,
    value: entry.questions[0],
  }));
  const reply: Reply = { type: ActivityTypes.Message, text, textFormat: 'markdown' };
  if (actions.length > 0) reply.suggestedActions = { actions, to: [] };
  return reply;
}
