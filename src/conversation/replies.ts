import type { KnowledgeEntry } from '../knowledge/types';
import type { DecisionTrace } from './decisionTrace';
import type { HandoffRequest } from './handoff';
import type { MenuGroup } from './menuGroups';
import type { TranscriptLine } from './transcript';

/** Why the conversation says a plain sentence. */
export type NoticeAbout = 'reset' | 'entry-gone' | 'vote-refused' | 'feedback-receipt' | 'turn-error';

/**
 * What the conversation decided to say, before any channel shapes it: the channel layer
 * (src/channels) turns each reply into activities (cards where they render, Markdown elsewhere).
 */
export type Reply =
  /** Greeting for people who join: what the bot knows about, with examples to try. */
  | { kind: 'welcome'; topics: string[]; examples: KnowledgeEntry[] }
  /**
   * An entry's answer (or an honest "not available" notice) with the entries offered next (`related`:
   * the other question of a two-question message or answers close to a notice first, then follow-ups).
   * `question` is what the user typed to get here, when they typed it; `feedback` says whether a vote is asked.
   */
  | { kind: 'answer'; entry: KnowledgeEntry; related: KnowledgeEntry[]; feedback: boolean; question?: string }
  /**
   * "Vouliez-vous dire…": `typed` is the user's raw text, escaped by whoever shows it. With `judgement`, the question
   * asked for a comparison or ranking the sources never make: they say so, then offer what they do say on the subject.
   */
  | { kind: 'did-you-mean'; typed: string; candidates: KnowledgeEntry[]; judgement?: boolean }
  /** "Which job?": one choice per profile's entry (their titles name the profiles). */
  | { kind: 'choose-profile'; candidates: KnowledgeEntry[] }
  /** Nothing relevant: what the bot can answer, with examples. */
  | { kind: 'fallback'; topics: string[]; examples: KnowledgeEntry[] }
  /** "aide" / "menu": every topic, grouped by theme. */
  | { kind: 'menu'; groups: MenuGroup[] }
  /** The reply to a message without text (a sticker, a file...). */
  | { kind: 'empty-message'; examples: KnowledgeEntry[] }
  /** One sentence: reset done, entry gone, vote refused, thanks for a vote, an error. */
  | { kind: 'notice'; about: NoticeAbout; text: string }
  /** A person takes over: the contact to show, and what a live-agent hub receives (transcript included). */
  | { kind: 'handoff'; text: string; request: HandoffRequest; transcript: TranscriptLine[] }
  /** Why the bot replied as it did, for the Emulator's inspector (never shown to a visitor). */
  | { kind: 'decision'; trace: DecisionTrace };

