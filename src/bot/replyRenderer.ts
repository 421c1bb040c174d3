import type { Activity } from 'botbuilder';
import type { Decision } from '../answering/types';
import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';

/** An activity the bot sends; the adapter fills in ids, conversation and addresses. */
export type Reply = Partial<Activity>;

/**
 * Turns what the bot decided into activities. The bot only decides *what* to say; a renderer decides
 * *how*: Adaptive Cards on channels that show them, Markdown with suggested actions elsewhere
 * (see channelCapabilities and rendererFor).
 */
export interface ReplyRenderer {
  /** Greeting for people who join the conversation. */
  welcome(kb: KnowledgeBase): Reply[];
  /** An entry's answer (or an honest "not available" notice), with its source, follow-ups and feedback. */
  /** `leading`: entries offered before the follow-ups (another question asked, answers close to a notice). */
  answer(entry: KnowledgeEntry, kb: KnowledgeBase, leading?: readonly KnowledgeEntry[]): Reply[];
  /** "Vouliez-vous dire…": `typed` is the user's raw text, escaped by the renderer. */
  didYouMean(typed: string, candidates: readonly KnowledgeEntry[]): Reply[];
  /** "Which job?": one button per profile's entry (their titles name the profiles). */
  chooseProfile(candidates: readonly KnowledgeEntry[]): Reply[];
  /** Nothing relevant: what the bot can answer, with examples. */
  fallback(kb: KnowledgeBase): Reply[];
  /** "aide" / "menu": every topic, grouped by theme. */
  menu(kb: KnowledgeBase): Reply[];
  /** The reply to a message without text (a sticker, a file...). */
  emptyMessage(kb: KnowledgeBase): Reply[];
  /** The reply to a question, from the answerer's decision. */
  decision(decision: Decision, kb: KnowledgeBase): Reply[];
}

/** A decision rendered with a renderer's parts: the same mapping for every renderer. */
export function renderDecision(renderer: Omit<ReplyRenderer, 'decision'>, decision: Decision, kb: KnowledgeBase): Reply[] {
  switch (decision.kind) {
    case 'answer':
      return renderer.answer(decision.answers[0].entry, kb, decision.alsoAsked ? [decision.alsoAsked.entry] : []);
    case 'suggest':
      return renderer.didYouMean(decision.question, decision.suggestions.map((s) => s.entry));
    case 'not-available':
      return decision.notice ? renderer.answer(decision.notice.entry, kb, decision.suggestions.map((s) => s.entry)) : renderer.fallback(kb);
    case 'choose-profile':
      return renderer.chooseProfile(profileChoices(decision));
    case 'fallback':
      break;
  }
  return renderer.fallback(kb);
}

/**
 * The entries of a "which job?" choice, titled by their profile's name ("Data scientist") so that
 * each button says which job it is for; pressing one still leads to the entry by its id.
 */
export function profileChoices(decision: Decision): KnowledgeEntry[] {
  return decision.suggestions.map(({ entry }) => ({ ...entry, title: entry.profileName ?? entry.profile ?? entry.title }));
}
