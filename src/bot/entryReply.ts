import { ActivityTypes } from 'botbuilder';
import type { KnowledgeEntry } from '../knowledge/types';
import { redactPersonalData } from '../learning/scrubText';
import { followupEntries } from './catalog';
import { maxRecentAnswers, noteShownAnswer, offeredKey, type OfferedButton } from './conversationData';
import { handoffEntryId, handoffEvent, handoffMessage } from './handoff';
import type { Turn } from './turn';

/**
 * Gives an entry's answer (or, for "talk to an advisor", the hand-off), and remembers it:
 * as the conversation's topic, with the question that led to it (for a later vote), and its
 * follow-ups as the buttons offered.
 *
 * @param question What the user typed to get here, when they typed it.
 * @param leading Entries offered before the follow-ups: the other question of a message asking two
 * things, or answers close to a question the sources do not cover.
 */
export async function sendEntry(turn: Turn, entry: KnowledgeEntry, question?: string, leading: readonly KnowledgeEntry[] = []): Promise<void> {
  if (entry.id === handoffEntryId) {
    await sendHandoff(turn);
    return;
  }
  await turn.context.sendActivities(turn.renderer.answer(entry, turn.kb, leading));
  noteShownAnswer(turn.data, entry.id);
  if (entry.kind === 'answer') turn.data.topicEntryId = entry.id;
  if (question) {
    const recent = (turn.data.recentAnswers ?? []).filter((answer) => answer.entryId !== entry.id);
    turn.data.recentAnswers = [...recent, { entryId: entry.id, question: redactPersonalData(question) }].slice(-maxRecentAnswers);
  }
  offer(turn, followupEntries(entry, turn.kb, leading), 'followup');
}

/**
 * "I want a person": the configured contact (or an honest "none configured"), then the Bot Framework
 * `handoff.initiate` event with the transcript so far, for a live-agent hub to take over.
 */
export async function sendHandoff(turn: Turn): Promise<void> {
  await turn.context.sendActivity({ type: ActivityTypes.Message, text: handoffMessage(turn.services.handoff), textFormat: 'markdown' });
  const log = { conversationId: turn.conversationId, channelId: turn.context.activity.channelId, lastTopic: turn.data.topicEntryId };
  try {
    await turn.context.sendActivity(handoffEvent(turn.context, turn.data.transcript ?? [], turn.data.topicEntryId));
    turn.services.logger.info(log, 'Hand-off requested');
  } catch (error) {
    // Some channels refuse event activities: the person already has the contact, so the turn goes on.
    turn.services.logger.warn({ ...log, err: error }, 'The channel refused the hand-off event');
  }
}

/**
 * Remembers the buttons a reply offers by the texts they send (canonical question and title), so that
 * tapping one, or typing a title from the menu, leads to that entry by id instead of through matching.
 */
export function offer(turn: Turn, entries: readonly KnowledgeEntry[], action: OfferedButton['action']): void {
  const offered: Record<string, OfferedButton> = {};
  for (const entry of entries) {
    for (const text of [entry.questions[0], entry.title]) offered[offeredKey(text)] = { entryId: entry.id, action };
  }
  turn.data.offered = offered;
}
