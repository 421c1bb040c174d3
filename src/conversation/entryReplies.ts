import type { KnowledgeEntry } from '../knowledge/types';
import { redactPersonalData } from '../learning/scrubText';
import { exampleEntries, followupEntries, knowledgeTopics } from './catalog';
import { maxRecentAnswers, noteShownAnswer } from './conversationState';
import type { ConversationTurn } from './conversationTurn';
import { handoffEntryId, handoffMessage, handoffSkill, type HandoffRequest } from './handoff';

/** Small talk ("bonjour", "merci") gets no 👍/👎: a vote on a greeting means nothing. */
export function asksForFeedback(entry: KnowledgeEntry): boolean {
  return entry.kind !== 'smalltalk';
}

/**
 * Gives an entry's answer (or, for "talk to an advisor", the hand-off), and remembers it:
 * as the conversation's topic, with the question that led to it (for a later vote), and its
 * follow-ups as the buttons offered.
 *
 * @param question What the user typed to get here, when they typed it.
 * @param leading Entries offered before the follow-ups: the other question of a message asking two
 * things, or answers close to a question the sources do not cover.
 */
export function sayEntry(turn: ConversationTurn, entry: KnowledgeEntry, question?: string, leading: readonly KnowledgeEntry[] = []): void {
  if (entry.id === handoffEntryId) return sayHandoff(turn);
  const related = followupEntries(entry, turn.kb, leading);
  const typed = question === undefined ? undefined : redactPersonalData(question);
  turn.say({ kind: 'answer', entry, related, feedback: asksForFeedback(entry), ...(typed !== undefined ? { question: typed } : {}) });
  noteShownAnswer(turn.state, entry.id);
  if (entry.kind === 'answer') turn.state.topicEntryId = entry.id;
  if (typed !== undefined) {
    const recent = (turn.state.recentAnswers ?? []).filter((answer) => answer.entryId !== entry.id);
    turn.state.recentAnswers = [...recent, { entryId: entry.id, question: typed }].slice(-maxRecentAnswers);
  }
  turn.offer(related, 'followup');
}

/**
 * "I want a person": the configured contact (or an honest "none configured"), and what a live-agent hub
 * needs to take over (the channel sends it as the Bot Framework `handoff.initiate` event).
 */
export function sayHandoff(turn: ConversationTurn): void {
  const text = handoffMessage(turn.services.handoff);
  const lastTopic = turn.state.topicEntryId;
  const request: HandoffRequest = { skill: handoffSkill, reason: 'user-request', ...(lastTopic ? { lastTopic } : {}) };
  turn.noteBotLine(text);
  turn.replies.push({ kind: 'handoff', text, request, transcript: [...(turn.state.transcript ?? [])] });
  turn.services.logger.info({ conversationId: turn.conversationId, lastTopic }, 'Hand-off requested');
}

/** Nothing relevant: what the bot can answer, with examples to tap. */
export function sayFallback(turn: ConversationTurn): void {
  const examples = exampleEntries(turn.kb);
  turn.say({ kind: 'fallback', topics: knowledgeTopics(turn.kb), examples });
  turn.offer(examples, 'followup');
}
