import type { Activity } from '../channels/activity';
import type { Parsed } from './askRequest';
import { httpErrors } from './errorMessages';
import { isLoopbackUrl } from './loopback';
import { isJsonObject } from './sendError';

/**
 * Checks a `POST /api/messages` body before the SDK sees it: what the SDK would turn into a bare 400,
 * a 500 or a silent 200 is refused here with a message. Without credentials (`loopbackOnly`), the
 * `serviceUrl` the replies are posted to must be this machine, so that no caller can make the server
 * send requests elsewhere (server-side request forgery, port scanning by response time).
 * @example parseInboundActivity(req.body, { loopbackOnly: true }) // { ok: false, error: '…serviceUrl…' }
 */
export function parseInboundActivity(body: unknown, options: { loopbackOnly: boolean }): Parsed<Activity> {
  if (!isJsonObject(body)) return { ok: false, error: httpErrors.bodyNotObject };
  if (typeof body.type !== 'string' || body.type.trim() === '') return { ok: false, error: httpErrors.activityTypeMissing };
  const conversation = body.conversation;
  if (!isJsonObject(conversation) || typeof conversation.id !== 'string' || conversation.id === '') {
    return { ok: false, error: httpErrors.conversationMissing };
  }
  if (typeof body.serviceUrl !== 'string' || body.serviceUrl === '') return { ok: false, error: httpErrors.serviceUrlMissing };
  if (options.loopbackOnly && !isLoopbackUrl(body.serviceUrl)) return { ok: false, error: httpErrors.serviceUrlNotLoopback };
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value = body[field];
    if (value !== undefined && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) {
      return { ok: false, error: httpErrors.dateInvalid(field) };
    }
  }
  return { ok: true, value: withDates(body as unknown as Activity) };
}

/** What the SDK's own validateAndFixActivity does: ISO strings become Dates, the raw text is kept beside. */
function withDates(activity: Activity): Activity {
  const raw = activity as Activity & Record<string, unknown>;
  if (typeof raw.timestamp === 'string') Object.assign(raw, { rawTimestamp: raw.timestamp, timestamp: new Date(raw.timestamp) });
  if (typeof raw.localTimestamp === 'string') {
    Object.assign(raw, { rawLocalTimestamp: raw.localTimestamp, localTimestamp: new Date(raw.localTimestamp) });
  }
  if (typeof raw.expiration === 'string') Object.assign(raw, { rawExpiration: raw.expiration, expiration: new Date(raw.expiration) });
  return activity;
}
