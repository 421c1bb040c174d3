import type { LearningRecorder } from '../learning/types';
import type { Logger } from '../logging/createLogger';

/**
 * The recorder as the bot uses it: a failure to record is logged and swallowed, because a user's
 * answer matters more than a statistic. Without a recorder, nothing is recorded.
 */
export function guardRecorder(recorder: LearningRecorder | undefined, logger: Logger): LearningRecorder {
  const guard =
    <E>(name: keyof LearningRecorder, call: (r: LearningRecorder, e: E) => Promise<void>) =>
    async (e: E): Promise<void> => {
      if (!recorder) return;
      try {
        await call(recorder, e);
      } catch (error) {
        logger.warn({ err: error, record: name }, 'Learning recorder failed; the turn goes on');
      }
    };
  return {
    unanswered: guard('unanswered', (r, e: Parameters<LearningRecorder['unanswered']>[0]) => r.unanswered(e)),
    suggestionPicked: guard('suggestionPicked', (r, e: Parameters<LearningRecorder['suggestionPicked']>[0]) => r.suggestionPicked(e)),
    feedback: guard('feedback', (r, e: Parameters<LearningRecorder['feedback']>[0]) => r.feedback(e)),
    asked: guard('asked', (r, e: Parameters<LearningRecorder['asked']>[0]) => r.asked(e)),
  };
}
