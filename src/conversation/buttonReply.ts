import type { ButtonPayload } from './buttonPayload';
import { wasAnswerShown } from './conversationState';
import type { ConversationTurn } from './conversationTurn';
import { toDecisionTrace } from './decisionTrace';
import { sayEntry } from './entryReplies';
import { messages } from './messages';

/**
 * A button was pressed (a card's `Action.Submit`, or a suggested action the bot recognised): the entry
 * is taken by its id, never matched again. A "did you mean" choice tells the learning loop which entry
 * the typed text meant; a vote is recorded once per entry and acknowledged, and only for an answer the bot
 * showed in this conversation (a vote forged for any entry id would skew the learning loop).
 */
export async function pressButton(turn: ConversationTurn, payload: ButtonPayload): Promise<void> {
  const entry = turn.kb.byId.get(payload.entryId);
  if (!entry) {
    // The card predates a knowledge reload that removed this entry.
    turn.noteUserLine(payload.entryId);
    turn.say({ kind: 'notice', about: 'entry-gone', text: messages.entryGone });
    return;
  }
  const { recorder } = turn.services;
  const conversationId = turn.conversationId;

  if (payload.action === 'feedback' && payload.vote) {
    turn.noteUserLine(payload.vote === 'up' ? '👍' : '👎');
    if (!wasAnswerShown(turn.state, entry.id)) {
      turn.services.logger.info({ conversationId, entryId: entry.id }, 'Vote on an answer this conversation did not show: not recorded');
      turn.say({ kind: 'notice', about: 'vote-refused', text: messages.voteNotShown });
      return;
    }
    const votes = (turn.state.votes ??= {});
    if (votes[entry.id] !== payload.vote) {
      votes[entry.id] = payload.vote;
      const question = turn.state.recentAnswers?.find((answer) => answer.entryId === entry.id)?.question;
      await recorder.feedback({ entryId: entry.id, vote: payload.vote, ...(question ? { question } : {}), conversationId });
    }
    turn.say({ kind: 'notice', about: 'feedback-receipt', text: messages.feedbackThanks(payload.vote) });
    return;
  }

  turn.noteUserLine(entry.title);
  const decision = { kind: 'answer' as const, question: entry.title, answers: [{ entry, score: 1 }], suggestions: [] };
  turn.say({ kind: 'decision', trace: toDecisionTrace(decision, { via: 'button' }) });

  let typed: string | undefined;
  const pending = turn.state.pendingSuggestion;
  if (payload.action === 'choose' && pending?.entryIds.includes(entry.id)) {
    typed = pending.typed;
    delete turn.state.pendingSuggestion;
    await recorder.suggestionPicked({ typed, pickedId: entry.id, conversationId });
  }
  sayEntry(turn, entry, typed);
}
