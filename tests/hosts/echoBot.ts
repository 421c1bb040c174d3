import type { Activity, ActivityBot, InvokeResult } from '../../src/channels/activity';

/** An ActivityBot that echoes messages (after a decision-like trace) and answers invokes; it records what it saw. */
export interface EchoBot extends ActivityBot {
  /** Every activity the bot ran for. */
  seen: Activity[];
  /** The ids the host gave back for each send. */
  sentIds: Array<Array<{ id?: string } | undefined>>;
}

export function echoBot(options: { invokeResult?: (activity: Activity) => InvokeResult | undefined; fail?: boolean } = {}): EchoBot {
  const seen: Activity[] = [];
  const sentIds: EchoBot['sentIds'] = [];
  return {
    seen,
    sentIds,
    async run(turn) {
      seen.push(turn.activity);
      if (options.fail) throw new Error('the bot failed on purpose');
      if (turn.activity.type === 'message') {
        const text = turn.activity.text ?? '';
        sentIds.push(
          await turn.send([
            { type: 'trace', name: 'EchoDecision', label: 'Echo', valueType: 'https://example.org/echo', value: { text } },
            { type: 'message', text: `Écho : ${text}` },
          ]),
        );
      }
      if (turn.activity.type === 'invoke') return options.invokeResult ? options.invokeResult(turn.activity) : { status: 200, body: { echoed: turn.activity.name } };
      return undefined;
    },
  };
}
