import type { Answerer } from '../answering/answerer';
import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import type { LearningRecorder } from '../learning/types';
import type { Logger } from '../logging/createLogger';
import { offeredKey, type ConversationState, type OfferedButton } from './conversationState';
import type { HandoffContact } from './handoff';
import type { Reply } from './replies';
import { replyText } from './replyText';
import { appendLine } from './transcript';

/** What every turn needs, built once per conversation service. */
export interface ConversationServices {
  answerer: () => Answerer;
  /** Already guarded: never throws. */
  recorder: LearningRecorder;
  handoff: HandoffContact;
  logger: Logger;
}

/**
 * One turn being decided: the conversation's state (a copy, changed freely), the knowledge base of
 * the moment (fixed for the whole turn, even if it is reloaded meanwhile) and the replies so far.
 */
export class ConversationTurn {
  readonly replies: Reply[] = [];
  readonly answerer: Answerer;
  readonly kb: KnowledgeBase;

  constructor(
    readonly services: ConversationServices,
    readonly state: ConversationState,
    readonly conversationId: string,
    /** The channel's id (`webchat`, `msteams`…): kept with each question's outcome for the staff page. */
    readonly channelId = '',
  ) {
    this.answerer = services.answerer();
    this.kb = this.answerer.knowledgeBase;
  }

  /** Adds a reply; what it says is kept in the transcript a hand-off sends. */
  say(reply: Reply): void {
    this.noteBotLine(replyText(reply));
    this.replies.push(reply);
  }

  /** Notes what the user said (or chose) in the transcript kept for a hand-off. */
  noteUserLine(text: string): void {
    appendLine((this.state.transcript ??= []), 'user', text);
  }

  noteBotLine(text: string): void {
    const { email, phone } = this.services.handoff;
    appendLine((this.state.transcript ??= []), 'bot', text, new Date(), [email ?? '', phone ?? '']);
  }

  /**
   * Remembers the buttons a reply offers by the texts they send (canonical question and title), so that
   * tapping one, or typing a title from the menu, leads to that entry by id instead of through matching.
   */
  offer(entries: readonly KnowledgeEntry[], action: OfferedButton['action']): void {
    const offered: Record<string, OfferedButton> = {};
    for (const entry of entries) {
      for (const text of [entry.questions[0], entry.title]) offered[offeredKey(text)] = { entryId: entry.id, action };
    }
    this.state.offered = offered;
  }
}
