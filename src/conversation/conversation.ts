import pino from 'pino';
import type { Answerer } from '../answering/answerer';
import type { LearningRecorder } from '../learning/types';
import type { Logger } from '../logging/createLogger';
import { parseButtonPayload, type Vote } from './buttonPayload';
import { pressButton } from './buttonReply';
import { exampleEntries, knowledgeTopics } from './catalog';
import { commandOf } from './commands';
import { clearConversation, copyState, offeredKey, type ConversationState } from './conversationState';
import { ConversationTurn, type ConversationServices } from './conversationTurn';
import { guardRecorder } from './guardedRecorder';
import type { HandoffContact } from './handoff';
import type { IncomingMessage } from './incomingMessage';
import { menuGroups } from './menuGroups';
import { messages } from './messages';
import { answerQuestion } from './questionReply';
import type { Reply } from './replies';

export interface ConversationOptions {
  /** The current answerer; a function because the knowledge base can be reloaded while the bot runs. */
  answerer: () => Answerer;
  /** The learning loop; its failures are logged and never break a turn. */
  recorder?: LearningRecorder;
  /** Who to contact when a person asks for a human (from configuration; none invented). */
  handoff?: HandoffContact;
  logger?: Logger;
}

/** A turn's outcome: what to say, and the conversation's state to keep. */
export interface TurnOutcome {
  replies: Reply[];
  state: ConversationState;
}

/**
 * The conversation, free of any SDK and channel: a message and the conversation's state in, the
 * replies and the new state out. It decides everything a person experiences (answers, context
 * follow-ups, commands, buttons by id, votes, hand-off, learning records); src/channels shapes the
 * replies for a channel and each host (src/bot, src/agents) carries them over its SDK.
 */
export class Conversation {
  private readonly services: ConversationServices;

  constructor(options: ConversationOptions) {
    const logger = options.logger ?? pino({ level: 'silent' });
    this.services = {
      answerer: options.answerer,
      recorder: guardRecorder(options.recorder, logger),
      handoff: options.handoff ?? {},
      logger,
    };
  }

  /**
   * A message from the user: a button's payload, a command ("aide", "recommencer"), a button the bot
   * offered (typed or tapped as a suggested action), or a question, in that order.
   */
  async respond(message: IncomingMessage, state: ConversationState): Promise<TurnOutcome> {
    const turn = this.turn(state, message.conversationId, message.channelId);
    const payload = parseButtonPayload(message.value);
    if (payload) {
      await pressButton(turn, payload);
      return outcome(turn);
    }
    const text = message.text.trim();
    if (text === '') {
      const examples = exampleEntries(turn.kb);
      turn.say({ kind: 'empty-message', examples });
      turn.offer(examples, 'followup');
      return outcome(turn);
    }
    const offered = turn.state.offered?.[offeredKey(text)];
    if (offered && turn.kb.byId.has(offered.entryId)) {
      await pressButton(turn, offered);
      return outcome(turn);
    }
    turn.noteUserLine(text);
    switch (commandOf(text)) {
      case 'help': {
        const groups = menuGroups(turn.kb);
        turn.say({ kind: 'menu', groups });
        turn.offer(
          groups.flatMap((group) => group.entries),
          'followup',
        );
        break;
      }
      case 'reset':
        turn.say({ kind: 'notice', about: 'reset', text: messages.reset });
        clearConversation(turn.state);
        break;
      default:
        await answerQuestion(turn, text, message.profile);
    }
    return outcome(turn);
  }

  /** The greeting for people who join: the topics, and examples to tap. */
  welcome(state: ConversationState, conversationId: string): TurnOutcome {
    const turn = this.turn(state, conversationId);
    const examples = exampleEntries(turn.kb);
    turn.say({ kind: 'welcome', topics: knowledgeTopics(turn.kb), examples });
    turn.offer(examples, 'followup');
    return outcome(turn);
  }

  /**
   * A vote given outside the conversation's own buttons (Teams' 👍/👎 under a message, which the
   * channel traced back to the entry that message showed): recorded like a button's vote.
   */
  async recordVote(vote: { conversationId: string; entryId: string; vote: Vote; question?: string }): Promise<void> {
    await this.services.recorder.feedback(vote);
  }

  /** The answerer of the moment (the Teams search uses it). */
  answerer(): Answerer {
    return this.services.answerer();
  }

  private turn(state: ConversationState, conversationId: string, channelId?: string): ConversationTurn {
    return new ConversationTurn(this.services, copyState(state), conversationId, channelId);
  }
}

function outcome(turn: ConversationTurn): TurnOutcome {
  return { replies: turn.replies, state: turn.state };
}
