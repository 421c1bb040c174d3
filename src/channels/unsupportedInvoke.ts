import type { InvokeResult } from './activity';

const badRequest = 400;

/**
 * The answer to an invoke this bot does not handle: 400 with the Adaptive Card error body
 * (`application/vnd.microsoft.error`), which Teams and Web Chat show as a failed action.
 *
 * Why not the SDK's default: for `adaptiveCard/action` (Action.Execute: the bot's cards use Action.Submit
 * only) it reads `value.action.type` without checking `value`, so a string value throws and the turn ends
 * in 501; other unknown invokes get 501 too. The request is what is wrong, not the server: a 4xx.
 */
export function unsupportedInvoke(name: string | undefined): InvokeResult {
  const message =
    name === 'adaptiveCard/action' ? 'Action.Execute is not supported by this bot: its cards use Action.Submit.' : 'This invoke is not supported by this bot.';
  return {
    status: badRequest,
    body: { statusCode: badRequest, type: 'application/vnd.microsoft.error', value: { code: 'NotSupported', message } },
  };
}
