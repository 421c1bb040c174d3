import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from '../logging/createLogger';
import { checkActivityBudget, messagesBudget } from './activityBudget';
import { httpErrors } from './errorMessages';
import { isJsonObject, sendError } from './sendError';

/**
 * `POST /api/messages`, the Bot Framework endpoint. The adapter authenticates the request,
 * runs the bot's turn and answers (with the replies themselves for `deliveryMode: expectReplies`).
 * Bodies the SDK would turn into a bare 400 or a 500 are refused here first, with a message.
 */
export function messagesRoute(adapter: CloudAdapter, bot: ActivityHandler, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    const activity: unknown = req.body;
    if (!isJsonObject(activity)) return sendError(res, 400, httpErrors.bodyNotObject);
    if (typeof activity.type !== 'string' || activity.type.trim() === '') {
      return sendError(res, 400, httpErrors.activityTypeMissing);
    }
    const budget = checkActivityBudget(activity, messagesBudget);
    if (!budget.ok) return sendError(res, budget.status, budget.error);
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      // process() answers 401/500 itself; reaching here means it could not even start.
      logger.error({ err: error }, 'The adapter could not process an activity');
      if (!res.headersSent) sendError(res, 500, httpErrors.internal);
    }
  };
}
