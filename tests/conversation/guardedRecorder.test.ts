import pino from 'pino';
import { describe, expect, test } from 'vitest';
import { guardRecorder } from '../../src/conversation/guardedRecorder';
import type { LearningRecorder } from '../../src/learning/types';
import { recordingRecorder } from '../bot/support/recordingRecorder';

/** A logger whose lines the test reads. */
function capturedLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info', base: undefined, timestamp: false }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

const events: { [K in keyof LearningRecorder]: Parameters<LearningRecorder[K]>[0] } = {
  unanswered: { question: 'xyzzy', conversationId: 'c-1', decision: 'fallback', candidates: [] },
  suggestionPicked: { typed: 'pomes', pickedId: 'apples', conversationId: 'c-1' },
  feedback: { entryId: 'apples', vote: 'up', conversationId: 'c-1' },
  asked: { conversationId: 'c-1', channel: 'webchat', decision: 'answer', entryId: 'apples' },
};

describe('The learning recorder as the conversation uses it', () => {
  test('passes every record on, each to its own method', async () => {
    const recorded = recordingRecorder();
    const guarded = guardRecorder(recorded.recorder, capturedLogger().logger);
    await guarded.unanswered(events.unanswered);
    await guarded.suggestionPicked(events.suggestionPicked);
    await guarded.feedback(events.feedback);
    await guarded.asked(events.asked);
    expect(recorded.calls).toEqual([
      { kind: 'unanswered', event: events.unanswered },
      { kind: 'suggestionPicked', event: events.suggestionPicked },
      { kind: 'feedback', event: events.feedback },
      { kind: 'asked', event: events.asked },
    ]);
  });

  test('a failing store is logged as a warning naming the record, and the turn goes on', async () => {
    const recorded = recordingRecorder({ fail: true });
    const { logger, lines } = capturedLogger();
    const guarded = guardRecorder(recorded.recorder, logger);
    await expect(guarded.unanswered(events.unanswered)).resolves.toBeUndefined();
    await guarded.suggestionPicked(events.suggestionPicked);
    await guarded.feedback(events.feedback);
    await guarded.asked(events.asked);
    expect(lines.map(({ level, record, msg }) => ({ level, record, msg }))).toEqual(
      ['unanswered', 'suggestionPicked', 'feedback', 'asked'].map((record) => ({ level: 40, record, msg: 'Learning recorder failed; the turn goes on' })),
    );
    expect(lines[0].err).toMatchObject({ message: 'learning store unreachable' });
  });

  test('without a recorder, nothing is recorded and nothing is logged', async () => {
    const { logger, lines } = capturedLogger();
    const guarded = guardRecorder(undefined, logger);
    await guarded.unanswered(events.unanswered);
    await guarded.asked(events.asked);
    expect(lines).toEqual([]);
  });
});
