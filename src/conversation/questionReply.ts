import { maxQuestionLength } from '../answering/answeringLimits';
import type { Decision, ScoredEntry } from '../answering/types';
import { knowsProfile } from '../knowledge/profiles';
import { roundScore } from '../matching/roundScore';
import type { KnowledgeEntry } from '../knowledge/types';
import { redactPersonalData } from '../learning/scrubText';
import { askInContext, topicOf } from './contextualAsk';
import type { ConversationTurn } from './conversationTurn';
import { toDecisionTrace } from './decisionTrace';
import { sayEntry, sayFallback } from './entryReplies';


/**
 * A typed question: matched in the conversation's context, answered, or met with "did you mean",
 * an honest "not available" or the fallback; whatever was not answered goes to the learning loop.
 */
export async function answerQuestion(turn: ConversationTurn, typed: string, profile: string | undefined): Promise<void> {
  // Longer messages are cut before matching (/api/ask refuses them): nobody asks a FAQ question in a thousand characters.
  const text = typed.slice(0, maxQuestionLength);
  const topic = topicOf(turn.state.topicEntryId ? turn.kb.byId.get(turn.state.topicEntryId) : undefined);
  const { decision, context } = askInContext(turn.answerer, text, topic, knownProfile(turn, profile));
  turn.say({ kind: 'decision', trace: toDecisionTrace(decision, { via: context ? 'context' : 'text', context }) });

  const { recorder } = turn.services;
  const conversationId = turn.conversationId;
  const given = decision.kind === 'answer' ? decision.answers[0]?.entry.id : decision.kind === 'not-available' ? decision.notice?.entry.id : undefined;
  await recorder.asked({ conversationId, channel: turn.channelId, decision: decision.kind, ...(given ? { entryId: given } : {}) });
  switch (decision.kind) {
    case 'answer':
      sayEntry(turn, decision.answers[0].entry, text, decision.alsoAsked ? [decision.alsoAsked.entry] : []);
      return;
    case 'suggest': {
      const candidates = decision.suggestions.map((s) => s.entry);
      turn.say({ kind: 'did-you-mean', typed: text, candidates, ...(decision.judgement && { judgement: true }) });
      // Kept for the learning record of the choice, which is scrubbed anyway: redacted before it is stored.
      turn.state.pendingSuggestion = { typed: redactPersonalData(text), entryIds: candidates.map((entry) => entry.id) };
      turn.offer(candidates, 'choose');
      await recorder.unanswered({ question: text, conversationId, decision: 'suggest', candidates: decision.suggestions.map(scored) });
      return;
    }
    case 'choose-profile': {
      const candidates = profileChoices(decision);
      turn.say({ kind: 'choose-profile', candidates });
      turn.offer(candidates, 'choose');
      return;
    }
    case 'not-available':
      // The notice says what the sources lack; answers close to the question are offered first.
      if (decision.notice) sayEntry(turn, decision.notice.entry, text, decision.suggestions.map((s) => s.entry));
      else sayFallback(turn);
      await recorder.unanswered({ question: text, conversationId, decision: 'not-available', candidates: decision.notice ? [scored(decision.notice)] : [] });
      return;
    case 'fallback':
      sayFallback(turn);
      await recorder.unanswered({ question: text, conversationId, decision: 'fallback', candidates: [] });
      return;
  }
}

/**
 * The entries of a "which job?" choice, titled by their profile's name ("Data scientist") so that
 * each choice says which job it is for; choosing one still leads to the entry by its id.
 */
export function profileChoices(decision: Decision): KnowledgeEntry[] {
  return decision.suggestions.map(({ entry }) => ({ ...entry, title: entry.profileName ?? entry.profile ?? entry.title }));
}

/** Only a profile the knowledge base knows is used, so that a stale or forged value cannot hide every job entry. */
function knownProfile(turn: ConversationTurn, profile: string | undefined): string | undefined {
  return profile && knowsProfile(turn.kb, profile) ? profile : undefined;
}

function scored({ entry, score }: ScoredEntry): { id: string; score: number } {
  return { id: entry.id, score: roundScore(score) };
}
