import type { Answerer } from '../answering/answerer';
import type { Decision, ScoredEntry } from '../answering/types';
import type { KnowledgeEntry } from '../knowledge/types';
import { wordCount } from '../text/words';

/** A message opening like a follow-up ("et …", "and …", "what about …") is read in context even when it matches alone. */
const followUpOpening = /^(et|and|what about|how about)\b/i;

/** What a conversation is about, as words added to a short question, and the job profile to stay in. */
export interface Topic {
  words: string;
  profile?: string;
}

/**
 * The topic an answered entry sets: its job profile when it has one ("developpeur back end"),
 * otherwise its theme ("Portage salarial"). Small talk and "not available" notices set none.
 */
export function topicOf(entry: KnowledgeEntry | undefined): Topic | undefined {
  if (!entry || entry.kind !== 'answer') return undefined;
  if (entry.profile) return { words: entry.profile.replace(/-/g, ' '), profile: entry.profile };
  return entry.theme ? { words: entry.theme } : undefined;
}

export interface ContextualDecision {
  decision: Decision;
  /** Topic words the decision was taken with, when the context was used. */
  context?: string;
}

/**
 * Answers a message in the conversation's context. A short message that does not clearly match alone
 * (or that opens with "et …") is asked again with the topic's words added; the reading in context wins
 * only when it lands on a real answer that the user's own words picked (not the one the topic words
 * alone would give), scoring at least as well as the message alone. A clear new question is never
 * overridden by the context. `profile` restricts the whole conversation to one job profile (the widget's).
 *
 * @example after an answer about the job, "et en portage ?" -> why portage suits a back-end developer
 */
export function askInContext(answerer: Answerer, text: string, topic: Topic | undefined, profile?: string): ContextualDecision {
  const alone = answerer.ask(text, profile ? { profile } : {});
  const { followUpMaxWords, followUpConfidentScore } = answerer.options;
  if (!topic || wordCount(text) > followUpMaxWords) return { decision: alone };

  const aloneBest = answered(alone);
  const confident = aloneBest !== undefined && aloneBest.score >= followUpConfidentScore;
  if (confident && !followUpOpening.test(text.trim())) return { decision: alone };

  const contextProfile = topic.profile ?? profile;
  const options = contextProfile ? { profile: contextProfile } : {};
  const inContext = answerer.ask(`${text} ${topic.words}`, options);
  const best = answered(inContext);
  if (!best || best.entry.kind === 'smalltalk') return { decision: alone };
  if (topicAlone(answerer, topic.words, contextProfile)?.entry.id === best.entry.id) return { decision: alone };
  if (aloneBest && best.score < aloneBest.score) return { decision: alone };
  return { decision: { ...inContext, question: text }, context: topic.words };
}

/**
 * What the topic's words alone give: the same for every follow-up on that topic, so it is asked once
 * per answerer (a reloaded knowledge base has a new answerer, hence a fresh memo).
 */
const topicAnswers = new WeakMap<Answerer, Map<string, ScoredEntry | undefined>>();

function topicAlone(answerer: Answerer, words: string, profile: string | undefined): ScoredEntry | undefined {
  let memo = topicAnswers.get(answerer);
  if (!memo) topicAnswers.set(answerer, (memo = new Map()));
  const key = `${profile ?? ''}\u0000${words}`;
  if (!memo.has(key)) memo.set(key, answered(answerer.ask(words, profile ? { profile } : {})));
  return memo.get(key);
}

/** The entry a decision gives (an answer or an honest "not available"), if any. */
function answered(decision: Decision): ScoredEntry | undefined {
  return decision.kind === 'answer' ? decision.answers[0] : decision.kind === 'not-available' ? decision.notice : undefined;
}
