import type { TurnContext } from 'botbuilder';
import type { Answerer } from '../answering/answerer';
import type { Decision } from '../answering/types';
import type { KnowledgeBase } from '../knowledge/types';
import type { Logger } from '../logging/createLogger';
import type { ConversationData } from './conversationData';
import type { ConversationMemory } from './conversationMemory';
import { decisionTraceName, decisionTraceValueType, toDecisionTrace, type DecisionTrace } from './decisionTrace';
import type { HandoffContact } from './handoff';
import type { LearningRecorder } from './learningHooks';
import type { ReplyRenderer } from './replyRenderer';
import { appendLine, transcriptText } from './transcript';

/** What every turn needs, built once by the bot. */
export interface ConversationServices {
  answerer: () => Answerer;
  rendererFor: (channelId: string | undefined) => ReplyRenderer;
  memory: ConversationMemory;
  /** Already guarded: never throws. */
  recorder: LearningRecorder;
  handoff: HandoffContact;
  logger: Logger;
}

/** One turn: its context, the conversation's memory, the renderer for its channel, the knowledge base of the moment. */
export interface Turn {
  context: TurnContext;
  data: ConversationData;
  renderer: ReplyRenderer;
  /** Fixed for the whole turn, even if the knowledge base is reloaded meanwhile. */
  answerer: Answerer;
  kb: KnowledgeBase;
  services: ConversationServices;
  conversationId: string;
}

/**
 * Runs `handle` with the conversation's memory loaded, keeps what the bot sends in the transcript,
 * and saves the memory afterwards (even when the turn fails, so that the transcript is not lost).
 */
export async function runTurn(services: ConversationServices, context: TurnContext, handle: (turn: Turn) => Promise<void>): Promise<void> {
  const loaded = await services.memory.load(context);
  const answerer = services.answerer();
  const turn: Turn = {
    context,
    data: loaded.data,
    renderer: services.rendererFor(context.activity.channelId),
    answerer,
    kb: answerer.knowledgeBase,
    services,
    conversationId: context.activity.conversation?.id ?? '',
  };
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) {
      if (activity.type === 'message') appendLine((turn.data.transcript ??= []), 'bot', transcriptText(activity));
    }
    return next();
  });
  try {
    await handle(turn);
  } finally {
    await services.memory.save(context, loaded);
  }
}

/** Shows the turn's decision in the Emulator (trace activities reach the Emulator only). */
export async function sendDecisionTrace(turn: Turn, decision: Decision, how: Pick<DecisionTrace, 'via' | 'context'>): Promise<void> {
  await turn.context.sendTraceActivity(decisionTraceName, toDecisionTrace(decision, how), decisionTraceValueType, 'Décision');
}

/** Notes what the user said (or chose) in the transcript kept for a hand-off. */
export function noteUserLine(turn: Turn, text: string): void {
  appendLine((turn.data.transcript ??= []), 'user', text);
}
