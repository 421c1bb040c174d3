import type { ButtonPayload } from './buttonPayload';
import { wasAnswerShown } from './conversationData';
import { sendEntry } from './entryReply';
import { messages } from './messages';
import { noteUserLine, sendDecisionTrace, type Turn } from './turn';

/**
 * A button was pressed (a card's `Action.Submit`, or a suggested action the bot recognised): the entry
 * is taken by its id, never matched again. A "did you mean" choice tells the learning loop which entry
 * the typed text meant; a vote is recorded once per entry and acknowledged, and only for an answer the bot
 * showed in this conversation (a vote forged for any entry id would skew the learning loop).
 */
export async function handleButton(turn: Turn, payload: ButtonPayload): Promise<void> {
  const entry = turn.kb.byId.get(payload.entryId);
  if (!entry) {
    // The card predates a knowledge reload that removed this entry.
    noteUserLine(turn, payload.entryId);
    await turn.context.sendActivity(messages.entryGone);
    return;
  }
  const { recorder } = turn.services;
  const conversationId = turn.conversationId;

  if (payload.action === 'feedback' && payload.vote) {
    noteUserLine(turn, payload.vote === 'up' ? '👍' : '👎');
    if (!wasAnswerShown(turn.data, entry.id)) {
      turn.services.logger.info({ conversationId, entryId: entry.id }, 'Vote on an answer this conversation did not show: not recorded');
      await turn.context.sendActivity(messages.voteNotShown);
      return;
    }
    const votes = (turn.data.votes ??= {});
    if (votes[entry.id] !== payload.vote) {
      votes[entry.id] = payload.vote;
      const question = turn.data.recentAnswers?.find((answer) => answer.entryId === entry.id)?.question;
      await recorder.feedback({ entryId: entry.id, vote: payload.vote, ...(question ? { question } : {}), conversationId });
    }
    await turn.context.sendActivity(messages.feedbackThanks(payload.vote));
    return;
  }

  noteUserLine(turn, entry.title);
  const decision = { kind: 'answer' as const, question: entry.title, answers: [{ entry, score: 1 }], suggestions: [] };
  await sendDecisionTrace(turn, decision, { via: 'button' });

  let typed: string | undefined;
  const pending = turn.data.pendingSuggestion;
  if (payload.action === 'choose' && pending?.entryIds.includes(entry.id)) {
    typed = pending.typed;
    delete turn.data.pendingSuggestion;
    await recorder.suggestionPicked({ typed, pickedId: entry.id, conversationId });
  }
  await sendEntry(turn, entry, typed);
}
