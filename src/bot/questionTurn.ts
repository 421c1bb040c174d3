import { redactPersonalData } from '../learning/scrubText';
import { exampleEntries } from './catalog';
import { askInContext, topicOf } from './contextualAsk';
import { offer, sendEntry } from './entryReply';
import { profileChoices } from './replyRenderer';
import { sendDecisionTrace, type Turn } from './turn';

/** Longer messages are cut before matching: nobody asks a FAQ question in a thousand characters. */
export const maxQuestionLength = 1000;

/**
 * A typed question: matched in the conversation's context, answered, or met with "did you mean",
 * an honest "not available" or the fallback; whatever was not answered goes to the learning loop.
 */
export async function answerQuestion(turn: Turn, typed: string): Promise<void> {
  const text = typed.slice(0, maxQuestionLength);
  const topic = topicOf(turn.data.topicEntryId ? turn.kb.byId.get(turn.data.topicEntryId) : undefined);
  const { decision, context } = askInContext(turn.answerer, text, topic, channelProfile(turn));
  await sendDecisionTrace(turn, decision, { via: context ? 'context' : 'text', context });

  const { recorder } = turn.services;
  const conversationId = turn.conversationId;
  switch (decision.kind) {
    case 'answer':
      await sendEntry(turn, decision.answers[0].entry, text, decision.alsoAsked ? [decision.alsoAsked.entry] : []);
      return;
    case 'suggest': {
      const candidates = decision.suggestions.map((s) => s.entry);
      await turn.context.sendActivities(turn.renderer.didYouMean(text, candidates));
      // Kept for the learning record of the choice, which is scrubbed anyway: redacted before it is stored.
      turn.data.pendingSuggestion = { typed: redactPersonalData(text), entryIds: candidates.map((entry) => entry.id) };
      offer(turn, candidates, 'choose');
      await recorder.unanswered({ question: text, conversationId, decision: 'suggest', candidates: decision.suggestions.map(scored) });
      return;
    }
    case 'choose-profile': {
      const choices = profileChoices(decision);
      await turn.context.sendActivities(turn.renderer.chooseProfile(choices));
      offer(turn, choices, 'choose');
      return;
    }
    case 'not-available':
      // The notice says what the sources lack; answers close to the question are offered first.
      if (decision.notice) await sendEntry(turn, decision.notice.entry, text, decision.suggestions.map((s) => s.entry));
      else await turn.context.sendActivities(turn.renderer.fallback(turn.kb));
      await recorder.unanswered({ question: text, conversationId, decision: 'not-available', candidates: decision.notice ? [scored(decision.notice)] : [] });
      return;
    case 'fallback':
      await turn.context.sendActivities(turn.renderer.fallback(turn.kb));
      offer(turn, exampleEntries(turn.kb), 'followup');
      await recorder.unanswered({ question: text, conversationId, decision: 'fallback', candidates: [] });
      return;
  }
}

/**
 * The job profile a channel asks about: the website widget sends its configured one as
 * `channelData.profile`. Only a profile the knowledge base knows is used, so a stale or forged value
 * cannot hide every job entry.
 */
function channelProfile(turn: Turn): string | undefined {
  const profile = (turn.context.activity.channelData as { profile?: unknown } | undefined)?.profile;
  if (typeof profile !== 'string' || profile === '') return undefined;
  return turn.kb.entries.some((entry) => entry.profile === profile) ? profile : undefined;
}

function scored({ entry, score }: { entry: { id: string }; score: number }): { id: string; score: number } {
  return { id: entry.id, score: Math.round(score * 1000) / 1000 };
}
