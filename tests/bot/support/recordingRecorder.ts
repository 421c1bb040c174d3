import type { LearningRecorder } from '../../../src/learning/types';

/** The event each recorder method receives. */
type Events = { [K in keyof LearningRecorder]: Parameters<LearningRecorder[K]>[0] };
type Call = { [K in keyof Events]: { kind: K; event: Events[K] } }[keyof Events];

/** A learning recorder that keeps what the bot reported, in order. With `fail`, every call rejects after being noted. */
export function recordingRecorder(options: { fail?: boolean } = {}) {
  const calls: Call[] = [];
  const note = async (call: Call) => {
    calls.push(call);
    if (options.fail) throw new Error('learning store unreachable');
  };
  const recorder: LearningRecorder = {
    unanswered: (event) => note({ kind: 'unanswered', event }),
    suggestionPicked: (event) => note({ kind: 'suggestionPicked', event }),
    feedback: (event) => note({ kind: 'feedback', event }),
    asked: (event) => note({ kind: 'asked', event }),
  };
  return {
    recorder,
    calls,
    /** The events of one kind, in order. */
    of: <K extends keyof Events>(kind: K): Array<Events[K]> => calls.filter((call) => call.kind === kind).map((call) => call.event as Events[K]),
  };
}
