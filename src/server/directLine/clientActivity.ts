import type { Parsed } from '../askRequest';
import { isJsonObject } from '../sendError';
import { directLineErrors } from './errorMessages';
import type { ChannelActivity } from './types';

/** Activity types a visitor may post; everything else (conversationUpdate, invoke...) is the channel's or the bot's. */
const clientTypes: ReadonlySet<string> = new Set(['message', 'event', 'typing']);

/** Fields a client may set; the channel sets the rest (ids, addresses, channel, service URL, delivery mode). */
const clientFields = [
  'type',
  'text',
  'textFormat',
  'locale',
  'localTimestamp',
  'localTimezone',
  'value',
  'name',
  'channelData',
  'entities',
  'replyToId',
] as const;

export const clientActivityLimits = Object.freeze({ maxTextLength: 4000 });

/**
 * Keeps what a visitor may say in an activity posted to the built-in Direct Line.
 * Attachments are refused (this subset has no upload); `from` keeps only the display name.
 * @example parseClientActivity({ type: 'message', text: 'Bonjour', channelData: { clientActivityID: 'a1' } })
 */
export function parseClientActivity(body: unknown): Parsed<ChannelActivity> {
  if (!isJsonObject(body)) return { ok: false, error: directLineErrors.activityNotObject };
  if (typeof body.type !== 'string' || !clientTypes.has(body.type)) return { ok: false, error: directLineErrors.activityType([...clientTypes]) };
  if (body.text !== undefined && typeof body.text !== 'string') return { ok: false, error: directLineErrors.textNotString };
  if (typeof body.text === 'string' && body.text.length > clientActivityLimits.maxTextLength) {
    return { ok: false, error: directLineErrors.textTooLong(clientActivityLimits.maxTextLength) };
  }
  if (Array.isArray(body.attachments) && body.attachments.length > 0) return { ok: false, error: directLineErrors.attachmentsRefused };
  if (body.channelData !== undefined && !isJsonObject(body.channelData)) return { ok: false, error: directLineErrors.channelDataNotObject };

  const activity: Record<string, unknown> = {};
  for (const field of clientFields) {
    if (body[field] !== undefined) activity[field] = body[field];
  }
  const name = isJsonObject(body.from) && typeof body.from.name === 'string' ? body.from.name.slice(0, 100) : undefined;
  return { ok: true, value: { ...(activity as ChannelActivity), ...(name ? { from: { id: '', name } } : {}) } };
}

/** What Web Chat reads back of its own message: `channelData.clientActivityID` matches it to the one shown as "sending". */
const echoedChannelData = ['clientActivityID', 'clientTimestamp'] as const;
const echoedFields = ['type', 'id', 'text', 'textFormat', 'locale', 'name', 'replyToId', 'from', 'recipient', 'conversation', 'channelId', 'timestamp'] as const;

/**
 * The visitor's activity as the conversation keeps it: what Web Chat needs to show it, without the free-form
 * `value`, `entities` or the rest of `channelData` (the bot's turn is given the whole activity).
 */
export function echoOf(activity: ChannelActivity): ChannelActivity {
  const echo: Record<string, unknown> = {};
  for (const field of echoedFields) {
    if (activity[field] !== undefined) echo[field] = activity[field];
  }
  const channelData: Record<string, unknown> = {};
  const source = isJsonObject(activity.channelData) ? activity.channelData : {};
  for (const field of echoedChannelData) {
    if (typeof source[field] === 'string') channelData[field] = (source[field] as string).slice(0, 100);
  }
  if (Object.keys(channelData).length > 0) echo.channelData = channelData;
  return echo as ChannelActivity;
}
