import type { Request, Response } from 'restify';
import type { Answerer } from '../answering/answerer';
import { toAskResponseItem } from '../answering/askResponse';
import type { Decision, ScoredEntry } from '../answering/types';
import { knowsProfile, profileIds } from '../knowledge/profiles';
import { roundScore } from '../matching/roundScore';
import type { KnowledgeEntry } from '../knowledge/types';
import { parseAskRequest } from './askRequest';
import { httpErrors } from './errorMessages';
import type { RateLimit } from './directLine/rateLimit';
import { sendError } from './sendError';

/** How many questions one client may ask, and who the client is. */
export interface AskRateLimit {
  limit: RateLimit;
  clientOf(req: Request): string;
}

/**
 * `POST /api/ask` `{"question": "...", "top": 3, "profile"?: "..."}`: the answerer's decision as JSON,
 * without the Bot Framework (for a website widget, scripts, monitoring).
 * One client IP may ask `ASK_REQUESTS_PER_MINUTE` questions a minute (429 with Retry-After above).
 * `answers` holds entries only when the decision is to answer; `notice` is set for topics the sources do not cover.
 */
export function askRoute(answerer: () => Answerer, rate: AskRateLimit) {
  return async (req: Request, res: Response): Promise<void> => {
    // Counted before validation: an invalid question costs a unit like a valid one.
    const taken = await rate.limit.take(rate.clientOf(req));
    if (!taken.allowed) {
      res.header('Retry-After', String(taken.retryAfterSeconds));
      return sendError(res, 429, httpErrors.askRateLimited(taken.retryAfterSeconds));
    }
    const parsed = parseAskRequest(req.body);
    if (!parsed.ok) return sendError(res, 400, parsed.error);
    const { question, top, profile } = parsed.value;
    const current = answerer();
    const kb = current.knowledgeBase;
    // An unknown profile would silently leave only the shared entries: say which ones exist instead.
    if (profile !== undefined && !knowsProfile(kb, profile)) return sendError(res, 400, httpErrors.profileUnknown(profile, profileIds(kb)));
    const decision = current.ask(question, { top, profile });
    const body = Buffer.from(askResponseJson(decision), 'utf8');
    res.sendRaw(200, body, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
  };
}

/**
 * The response body, `{ decision, ...toAskResponse(decision) }` with `answers` empty unless the decision
 * is to answer, as JSON. An entry's JSON (its answer and every phrasing: kilobytes) is the same in every
 * response but for its score: it is serialised once per entry object and the score put in between.
 */
export function askResponseJson(decision: Decision): string {
  const list = (items: readonly ScoredEntry[]) => `[${items.map(itemJson).join(',')}]`;
  let json = `{"decision":${JSON.stringify(decision.kind)},"answers":${decision.kind === 'answer' ? list(decision.answers) : '[]'},"suggestions":${list(decision.suggestions)}`;
  if (decision.notice) json += `,"notice":${itemJson(decision.notice)}`;
  if (decision.alsoAsked) json += `,"alsoAsked":${itemJson(decision.alsoAsked)}`;
  // Which job profile the response comes from: the one asked for or named, else the answer's own.
  const given = decision.kind === 'answer' ? decision.answers[0] : decision.notice;
  const profile = decision.profile ?? given?.entry.profile;
  if (profile) json += `,"profile":${JSON.stringify(profile)}`;
  return `${json}}`;
}

const itemParts = new WeakMap<KnowledgeEntry, { head: string; tail: string }>();

function itemJson(scored: ScoredEntry): string {
  let parts = itemParts.get(scored.entry);
  if (!parts) {
    // toAskResponseItem's fields, in its order, with the score cut out.
    const { score: _score, ...rest } = toAskResponseItem(scored);
    const { id, answer, ...after } = rest;
    const head = JSON.stringify({ id, answer });
    const tail = JSON.stringify(after);
    parts = { head: `${head.slice(0, -1)},"score":`, tail: tail === '{}' ? '}' : `,${tail.slice(1)}` };
    itemParts.set(scored.entry, parts);
  }
  // Rounded as toAskResponseItem rounds it.
  return `${parts.head}${JSON.stringify(roundScore(scored.score))}${parts.tail}`;
}
