import { roundScore } from '../matching/roundScore';
import type { Decision, ScoredEntry } from './types';

/** One entry as the query API and the CLI show it. */
export interface AskResponseItem {
  id: string;
  /** The short title the bot shows on a button for this entry. */
  title: string;
  answer: string;
  score: number;
  /** Every phrasing of the entry: only when asked for (`"questions": true`), as they are most of the weight. */
  questions?: string[];
  source: { title: string; updated?: string; url?: string } | null;
  /** The job profile the entry belongs to; null for shared entries (portage salarial, small talk). */
  profile: string | null;
}

/** The JSON shape of `POST /api/ask` (and `npm run ask -- --json`). */
export interface AskResponse {
  /** Best first; only what clears the answer threshold. Empty means "no answer". */
  answers: AskResponseItem[];
  /** "Did you mean" candidates, when there is no confident answer. */
  suggestions: AskResponseItem[];
  /** An honest "this is not in my sources" entry, when the question is about such a topic. */
  notice?: AskResponseItem;
  /** The entry of the other question, when the message asked two things. */
  alsoAsked?: AskResponseItem;
  /** The question asked which is best (or harder, or most wanted): a judgement the sources never make; `suggestions` say what they do say. */
  judgement?: true;
  /**
   * The job profile the response comes from, when one applied: the one asked for (or named in the
   * question), else that of the entry given as the answer (or notice). Absent for shared entries.
   */
  profile?: string;
}

/** What the JSON holds beyond the default. */
export interface AskResponseOptions {
  /** Each entry's phrasings (`questions`): about three times the weight of the response without them. */
  questions?: boolean;
}

export function toAskResponseItem({ entry, score }: ScoredEntry, options: AskResponseOptions = {}): AskResponseItem {
  return {
    id: entry.id,
    title: entry.title,
    answer: entry.answer,
    score: roundScore(score),
    ...(options.questions && { questions: [...entry.questions] }),
    source: entry.source ? { ...entry.source } : null,
    profile: entry.profile ?? null,
  };
}

export function toAskResponse(decision: Decision, options: AskResponseOptions = {}): AskResponse {
  const item = (scored: ScoredEntry) => toAskResponseItem(scored, options);
  const response: AskResponse = {
    answers: decision.answers.map(item),
    suggestions: decision.suggestions.map(item),
  };
  if (decision.notice) response.notice = item(decision.notice);
  if (decision.alsoAsked) response.alsoAsked = item(decision.alsoAsked);
  if (decision.judgement) response.judgement = true;
  const given = decision.kind === 'answer' ? decision.answers[0] : decision.notice;
  const profile = decision.profile ?? given?.entry.profile;
  if (profile) response.profile = profile;
  return response;
}

/**
 * `POST /api/ask`'s body: the JSON of `{ decision, ...toAskResponse(decision, options) }`, with `answers`
 * empty unless the decision is to answer. Byte for byte what `JSON.stringify` gives, but each entry's JSON
 * is made once and kept (its long answer text was escaped again for every request): only the score changes.
 */
export function askResponseBody(decision: Decision, options: AskResponseOptions = {}): string {
  const item = (scored: ScoredEntry) => (options.questions ? JSON.stringify(toAskResponseItem(scored, options)) : itemJson(scored));
  const answers = decision.kind === 'answer' ? decision.answers.map(item).join(',') : '';
  let body = `{"decision":${JSON.stringify(decision.kind)},"answers":[${answers}],"suggestions":[${decision.suggestions.map(item).join(',')}]`;
  if (decision.notice) body += `,"notice":${item(decision.notice)}`;
  if (decision.alsoAsked) body += `,"alsoAsked":${item(decision.alsoAsked)}`;
  if (decision.judgement) body += ',"judgement":true';
  const given = decision.kind === 'answer' ? decision.answers[0] : decision.notice;
  const profile = decision.profile ?? given?.entry.profile;
  if (profile) body += `,"profile":${JSON.stringify(profile)}`;
  return `${body}}`;
}

/** Each entry's item JSON, split around its score: the entries of a loaded base never change. */
const itemJsonParts = new WeakMap<ScoredEntry['entry'], { beforeScore: string; afterScore: string }>();

function itemJson(scored: ScoredEntry): string {
  let parts = itemJsonParts.get(scored.entry);
  if (!parts) {
    const { id, title, answer, source, profile } = toAskResponseItem({ entry: scored.entry, score: 0 });
    parts = {
      beforeScore: `${JSON.stringify({ id, title, answer }).slice(0, -1)},"score":`,
      afterScore: `,${JSON.stringify({ source, profile }).slice(1)}`,
    };
    itemJsonParts.set(scored.entry, parts);
  }
  return parts.beforeScore + JSON.stringify(roundScore(scored.score)) + parts.afterScore;
}
