import type { Request, Response } from 'restify';
import type { Answerer } from '../answering/answerer';
import { askResponseBody } from '../answering/askResponse';
import { knowsProfile, profileIds } from '../knowledge/profiles';
import type { LearningRecorder } from '../learning/types';
import type { Logger } from '../logging/createLogger';
import { recordAskedQuestion } from './askRecording';
import { parseAskRequest } from './askRequest';
import { httpErrors } from './errorMessages';
import type { RateLimit } from './directLine/rateLimit';
import { sendError } from './sendError';

/** How many questions one client may ask, and who the client is. */
export interface AskRateLimit {
  limit: RateLimit;
  clientOf(req: Request): string;
}

/** Where `"record": true` questions go (absent: such requests are answered and nothing is recorded). */
export interface AskLearning {
  recorder: LearningRecorder;
  logger: Logger;
}

/**
 * `POST /api/ask` `{"question": "...", "top": 3, "profile"?: "...", "record"?: true, "questions"?: true}`: the answerer's decision
 * as JSON, without the Bot Framework (for a website widget, scripts, monitoring). With `"record": true` an
 * unanswered question goes to the learning records like a bot turn's (opt-in: monitoring must not fill them).
 * One client IP may ask `ASK_REQUESTS_PER_MINUTE` questions a minute (429 with Retry-After above).
 * `answers` holds entries only when the decision is to answer; `notice` is set for topics the sources do not cover.
 * Each entry's phrasings come only with `"questions": true`: they weigh twice the rest of the response.
 */
export function askRoute(answerer: () => Answerer, rate: AskRateLimit, learning?: AskLearning) {
  return async (req: Request, res: Response): Promise<void> => {
    // Counted before validation: an invalid question costs a unit like a valid one.
    const taken = await rate.limit.take(rate.clientOf(req));
    if (!taken.allowed) {
      res.header('Retry-After', String(taken.retryAfterSeconds));
      return sendError(res, 429, httpErrors.askRateLimited(taken.retryAfterSeconds));
    }
    const parsed = parseAskRequest(req.body);
    if (!parsed.ok) return sendError(res, 400, parsed.error);
    const { question, top, profile, record, questions } = parsed.value;
    const current = answerer();
    const kb = current.knowledgeBase;
    // An unknown profile would silently leave only the shared entries: say which ones exist instead.
    if (profile !== undefined && !knowsProfile(kb, profile)) return sendError(res, 400, httpErrors.profileUnknown(profile, profileIds(kb)));
    const decision = current.ask(question, { top, profile });
    if (record && learning) await recordAskedQuestion(learning.recorder, learning.logger, question, decision);
    // Serialised here and sent raw with its length: restify's formatter would serialise it and measure it again.
    const body = Buffer.from(askResponseBody(decision, { questions }), 'utf8');
    res.sendRaw(200, body, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
  };
}
