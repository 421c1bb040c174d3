import { decisionTraceName, decisionTraceValueType } from '../conversation/decisionTrace';
import type { Reply } from '../conversation/replies';
import type { Activity, OutgoingActivity } from './activity';
import { handoffEvent } from './handoffEvent';
import { markdownMessage } from './suggestedActions';

/** The replies that look the same on every channel: notices, the hand-off, the decision trace. */
export function renderCommon(reply: Reply, incoming: Activity): OutgoingActivity[] {
  switch (reply.kind) {
    case 'notice':
      return [{ type: 'message', text: reply.text }];
    case 'handoff':
      return [markdownMessage(reply.text), handoffEvent(incoming, reply)];
    case 'decision':
      // Trace activities reach the Emulator only (the hosts drop them elsewhere).
      return [{ type: 'trace', name: decisionTraceName, label: 'Décision', valueType: decisionTraceValueType, value: reply.trace, timestamp: new Date() }];
    default:
      throw new Error(`No common rendering for a ${reply.kind} reply`);
  }
}
