/**
 * `/api/ask` questions in the learning records, when the caller asks for it (`"record": true`): the
 * same records a bot turn writes (a "did you mean", an honest "not in my sources" or the fallback; an
 * answered question is not recorded), through the same recorder, so the same privacy rules apply
 * (e-mails, phone numbers and IBANs blanked, no user identifier, retention).
 */
import { randomUUID } from 'node:crypto';
import type { Decision, ScoredEntry } from '../answering/types';
import type { LearningRecorder } from '../learning/types';
import type { Logger } from '../logging/createLogger';
import { roundScore } from '../matching/roundScore';

/**
 * A request has no conversation: each one counts as its own (a random id the recorder hashes), so a
 * question asked by several callers counts several times in kb:review and one caller's repeats are
 * bounded by the /api/ask rate limit.
 */
const ASK_CONVERSATION_PREFIX = 'api-ask:';

const scored = ({ entry, score }: ScoredEntry) => ({ id: entry.id, score: roundScore(score) });

/** What the bot would record for this decision, or `undefined` when it records nothing (answered, profile choice). */
export function unansweredRecord(decision: Decision): { decision: 'suggest' | 'not-available' | 'fallback'; candidates: { id: string; score: number }[] } | undefined {
  switch (decision.kind) {
    case 'suggest':
      return { decision: 'suggest', candidates: decision.suggestions.map(scored) };
    case 'not-available':
      return { decision: 'not-available', candidates: decision.notice ? [scored(decision.notice)] : [] };
    case 'fallback':
      return { decision: 'fallback', candidates: [] };
    default:
      return undefined;
  }
}

/**
 * Records an `/api/ask` question the bot could not answer. A store that fails is logged and the answer
 * still goes out: a caller's answer matters more than a statistic (as in a bot turn).
 */
export async function recordAskedQuestion(recorder: LearningRecorder, logger: Logger, question: string, decision: Decision): Promise<void> {
  const record = unansweredRecord(decision);
  if (!record) return;
  try {
    await recorder.unanswered({ question, conversationId: `${ASK_CONVERSATION_PREFIX}${randomUUID()}`, ...record });
  } catch (error) {
    logger.warn({ err: error, record: 'unanswered' }, 'Learning recorder failed for /api/ask; the answer goes out');
  }
}
