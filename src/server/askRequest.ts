import { maxQuestionLength } from '../answering/answeringLimits';
import { httpErrors } from './errorMessages';
import { isJsonObject } from './sendError';

/** Limits of `POST /api/ask` (the question's length is every channel's, src/answering/answeringLimits.ts). */
export const askLimits = Object.freeze({ maxQuestionLength, minTop: 1, maxTop: 10, defaultTop: 3 });

/** A validated `POST /api/ask` body. */
export interface AskRequest {
  question: string;
  top: number;
  profile?: string;
  /** The caller asks for the question to go to the learning records (when unanswered), as a bot turn's does. */
  record: boolean;
  /** The caller asks for each entry's phrasings in the response (left out by default: most of its weight). */
  questions: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Checks a `POST /api/ask` body.
 * @example parseAskRequest({ question: "C'est quoi le portage ?", top: 3 }) // { ok: true, value: {...} }
 */
export function parseAskRequest(body: unknown): Parsed<AskRequest> {
  if (!isJsonObject(body)) return { ok: false, error: httpErrors.bodyNotObject };
  const { question, top = askLimits.defaultTop, profile, record = false, questions = false } = body;
  if (question === undefined || question === null) return { ok: false, error: httpErrors.questionMissing };
  if (typeof question !== 'string') return { ok: false, error: httpErrors.questionNotString };
  if (question.trim() === '') return { ok: false, error: httpErrors.questionMissing };
  if (question.length > askLimits.maxQuestionLength) {
    return { ok: false, error: httpErrors.questionTooLong(askLimits.maxQuestionLength) };
  }
  if (typeof top !== 'number' || !Number.isInteger(top) || top < askLimits.minTop || top > askLimits.maxTop) {
    return { ok: false, error: httpErrors.topInvalid(askLimits.minTop, askLimits.maxTop) };
  }
  if (profile !== undefined && (typeof profile !== 'string' || profile.trim() === '')) {
    return { ok: false, error: httpErrors.profileInvalid };
  }
  // Only a real boolean: "true", 1 or "yes" would be guesses about what the caller meant.
  if (typeof record !== 'boolean') return { ok: false, error: httpErrors.recordInvalid };
  if (typeof questions !== 'boolean') return { ok: false, error: httpErrors.questionsInvalid };
  return { ok: true, value: { question: question.trim(), top, ...(profile ? { profile: profile.trim() } : {}), record, questions } };
}
