import type { KnowledgeBase } from '../knowledge/types';
import { createMatcher } from '../matching/matcher';
import { DEFAULT_ANSWERING_OPTIONS, type AnsweringOptions } from './answeringOptions';
import type { Decision, ScoredEntry } from './types';

/** Options of a single question. */
export interface AskOptions {
  /** How many answers/suggestions to return at most (default 3). */
  top?: number;
  /** Restrict to one job profile (shared entries always stay eligible). */
  profile?: string;
}

/** Turns a free-text question into a decision over one knowledge base. Pure, synchronous. */
export interface Answerer {
  readonly knowledgeBase: KnowledgeBase;
  readonly options: Readonly<AnsweringOptions>;
  ask(question: string, options?: AskOptions): Decision;
}

/**
 * Decides between answer, "did you mean", an honest "not in my sources" and the fallback.
 * A wrong answer is worse than none: only a score above `answerThreshold` is answered.
 *
 * @example createAnswerer(kb).ask("quelles études pour devenir dev back end ?").answers[0].entry.id
 */
export function createAnswerer(knowledgeBase: KnowledgeBase, overrides: Partial<AnsweringOptions> = {}): Answerer {
  const options: AnsweringOptions = { ...DEFAULT_ANSWERING_OPTIONS, ...overrides };
  const matcher = createMatcher(knowledgeBase, options.matching);

  const profileCount = knowledgeBase.profiles?.length ?? 0;

  function decide(question: string, ranked: ScoredEntry[], top: number, profile: string | undefined): Decision {
    const best = ranked[0];
    const none: Decision = { kind: 'fallback', question, answers: [], suggestions: [], ...(profile && { profile }) };
    if (!best || best.score < options.suggestThreshold) return none;
    if (best.entry.kind === 'not-available') return { ...none, kind: 'not-available', notice: best };

    const answerable = (s: ScoredEntry) => s.entry.kind !== 'not-available';
    if (best.score >= options.answerThreshold) {
      const answers = ranked.filter((s) => answerable(s) && s.score >= options.answerThreshold).slice(0, top);
      return { ...none, kind: 'answer', answers };
    }
    // Small talk is never offered as a "did you mean": it would read as a misunderstanding.
    const suggestions = ranked
      .filter((s) => answerable(s) && s.entry.kind !== 'smalltalk' && s.score >= options.suggestThreshold)
      .slice(0, top);
    return suggestions.length > 0 ? { ...none, kind: 'suggest', suggestions } : none;
  }

  /**
   * With several profiles and none named, a job question ("quelles études ?") may fit each of them
   * alike: then the best entry of each profile is offered as a "which job?" choice.
   */
  function profileChoice(question: string, ranked: ScoredEntry[], top: number): Decision | undefined {
    const best = ranked[0];
    if (!best?.entry.profile || best.score < options.suggestThreshold) return undefined;
    const perProfile = new Map<string, ScoredEntry>();
    for (const candidate of ranked) {
      const id = candidate.entry.profile;
      if (!id || perProfile.has(id) || candidate.entry.kind !== best.entry.kind) continue;
      if (best.score - candidate.score <= options.profileTieMargin && candidate.score >= options.answerThreshold) perProfile.set(id, candidate);
    }
    if (perProfile.size < 2) return undefined;
    return { kind: 'choose-profile', question, answers: [], suggestions: [...perProfile.values()].slice(0, top) };
  }

  return {
    knowledgeBase,
    options,
    ask(question, askOptions = {}) {
      const top = askOptions.top ?? 3;
      const limit = Math.max(top, 5) + 2;
      let profile = askOptions.profile;
      if (!profile && profileCount > 1) {
        const named = matcher.mentionedProfiles(question);
        if (named.length === 1) profile = named[0];
      }
      const ranked = matcher.rank(question, { limit: profile ? limit : limit + profileCount, profile });
      if (!profile && profileCount > 1) {
        const choice = profileChoice(question, ranked, top);
        if (choice) return choice;
      }
      const namesUnavailable = matcher.namesUnavailableTopic(question, profile);
      if (namesUnavailable) {
        // In a long message such a word may be context ("...un salaire qui tombe tous les mois"):
        // there the not-available entry must also rank among the first.
        const within = matcher.isLongMessage(question) ? ranked.slice(0, options.longMessageNoticeRank) : ranked;
        const notice = within.find((s) => s.entry.kind === 'not-available' && s.score >= options.noticeThreshold);
        if (notice) return { kind: 'not-available', question, answers: [], suggestions: [], notice, ...(profile && { profile }) };
      }
      // A not-available entry whose topic the question does not name ("c'est quoi ce métier ?")
      // gives way to a real answer about as good, and confident.
      const best = ranked[0];
      const givesWay =
        !namesUnavailable &&
        best?.entry.kind === 'not-available' &&
        ranked.some(
          (s) => s.entry.kind === 'answer' && s.score >= options.answerThreshold && s.score >= best.score - options.notNamedNoticeMargin,
        );
      const eligible = givesWay ? ranked.filter((s) => s.entry.kind !== 'not-available') : ranked;
      return decide(question, eligible, top, profile);
    },
  };
}
