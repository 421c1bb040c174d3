import { roundScore } from '../matching/roundScore';
import { createConversationHasher } from './conversationHasher';
import { scrubText } from './scrubText';
import type { LearningEvent, LearningRecorder, LearningStore } from './types';

/** Closest entries kept with an unanswered question: enough to see where it nearly went. */
export const MAX_CANDIDATES = 5;
/** Channel ids are short (`msteams`, `webchat`, `emulator`). */
const MAX_CHANNEL_LENGTH = 40;

export interface LearningRecorderOptions {
  store: LearningStore;
  /** Secret for hashing conversation ids (see resolveLearningSalt). */
  salt: string;
  /** The clock (tests). */
  now?: () => Date;
}

/**
 * What the bot calls to feed the learning loop. Each record gets a timestamp and the conversation's
 * HMAC instead of its id; e-mails and phone numbers typed in questions are blanked.
 * Errors of the store reach the caller (the bot guards its calls).
 *
 * @example
 *   const recorder = createLearningRecorder({ store, salt });
 *   await recorder.feedback({ entryId: 'back-end-missions', vote: 'up', conversationId: context.activity.conversation.id });
 */
export function createLearningRecorder(options: LearningRecorderOptions): LearningRecorder {
  const { store, now = () => new Date() } = options;
  const hash = createConversationHasher(options.salt);
  const base = (conversationId: string) => ({ at: now().toISOString(), conversation: hash(conversationId) });
  const record = (event: LearningEvent) => store.append(event);

  return {
    unanswered: async (e) => {
      // A typed "👎", "?" or "..." is no question: nothing to learn, nothing for kb:review to list.
      if (!/[\p{L}\p{N}]/u.test(e.question)) return;
      await record({
        type: 'unanswered',
        ...base(e.conversationId),
        question: scrubText(e.question),
        decision: e.decision,
        candidates: e.candidates.slice(0, MAX_CANDIDATES).map((c) => ({ id: c.id, score: roundScore(c.score) })),
      });
    },
    suggestionPicked: (e) => record({ type: 'suggestion-picked', ...base(e.conversationId), typed: scrubText(e.typed), pickedId: e.pickedId }),
    feedback: (e) =>
      record({
        type: 'feedback',
        ...base(e.conversationId),
        entryId: e.entryId,
        vote: e.vote,
        ...(e.question ? { question: scrubText(e.question) } : {}),
      }),
    asked: (e) =>
      record({
        type: 'asked',
        ...base(e.conversationId),
        // A channel id is the SDK's short name; anything longer is no channel id worth keeping.
        channel: e.channel.slice(0, MAX_CHANNEL_LENGTH),
        decision: e.decision,
        ...(e.entryId ? { entryId: e.entryId } : {}),
      }),
  };
}
