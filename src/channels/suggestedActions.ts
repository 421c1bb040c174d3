import type { KnowledgeEntry } from '../knowledge/types';
import type { CardAction, OutgoingActivity } from './activity';

/**
 * A Markdown message with entries offered as suggested actions, which every channel shows in some form.
 * A button shows the entry's title and sends its canonical question: the conversation recognises it as
 * the button it offered (ConversationState.offered) and, if its memory was lost, the matcher still
 * answers it with certainty.
 */
export function textWithActions(text: string, entries: readonly KnowledgeEntry[], maxActions: number): OutgoingActivity {
  const actions: CardAction[] = entries.slice(0, maxActions).map((entry) => ({ type: 'imBack', title: entry.title, value: entry.questions[0] }));
  const reply: OutgoingActivity = markdownMessage(text);
  if (actions.length > 0) reply.suggestedActions = { actions, to: [] };
  return reply;
}

export function markdownMessage(text: string): OutgoingActivity {
  return { type: 'message', text, textFormat: 'markdown' };
}
