import { ActionTypes, ActivityTypes, type CardAction } from 'botbuilder';
import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import { exampleEntries, knowledgeTopics } from './catalog';
import { messages } from './messages';
import type { Reply, ReplyRenderer } from './replyRenderer';

/**
 * Plain Markdown replies with suggested actions: works on every channel, the Emulator included.
 * A button shows an entry's title and sends its canonical question, which the matcher answers with certainty.
 */
export const markdownRenderer: ReplyRenderer = {
  welcome(kb) {
    return [textWithActions(messages.welcome(knowledgeTopics(kb)), exampleEntries(kb))];
  },

  decision(decision, kb) {
    switch (decision.kind) {
      case 'answer':
        return [answerReply(decision.answers[0].entry)];
      case 'suggest':
        return [textWithActions(messages.didYouMean, decision.suggestions.map((s) => s.entry))];
      case 'not-available':
        return decision.notice ? [answerReply(decision.notice.entry)] : fallbackReply(kb);
      case 'fallback':
        return fallbackReply(kb);
    }
  },

  emptyMessage(kb) {
    return [textWithActions(messages.emptyMessage, exampleEntries(kb))];
  },
};

function fallbackReply(kb: KnowledgeBase): Reply[] {
  return [textWithActions(messages.fallback(knowledgeTopics(kb)), exampleEntries(kb))];
}

function answerReply(entry: KnowledgeEntry): Reply {
  const source = entry.source;
  const text = source ? `${entry.answer}\n\n${messages.sourceLine(source.title, source.updated, source.url)}` : entry.answer;
  return { type: ActivityTypes.Message, text, textFormat: 'markdown' };
}

function textWithActions(text: string, entries: readonly KnowledgeEntry[]): Reply {
  const actions: CardAction[] = entries.map((entry) => ({
    type: ActionTypes.ImBack,
    title: entry.title,
    value: entry.questions[0],
  }));
  const reply: Reply = { type: ActivityTypes.Message, text, textFormat: 'markdown' };
  if (actions.length > 0) reply.suggestedActions = { actions, to: [] };
  return reply;
}
