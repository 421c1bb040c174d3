import type { ActivitySet, ChannelActivity, Conversation } from '../../src/server/directLine/types';

/** An HTTP answer: status, parsed body and headers. */
export interface Answer<T> {
  status: number;
  body: T;
  headers: Headers;
}

async function call<T>(method: string, url: string, token?: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}

/** What the token endpoint returns. */
export type IssuedConversation = Conversation & { userId: string };

/**
 * The calls Web Chat's DirectLineJS makes with `webSocket: false`, in the same shapes
 * (`Authorization: Bearer <token>`, JSON bodies, `?watermark=`), against a bot at `baseUrl`.
 */
export function directLineClient(baseUrl: string) {
  const domain = `${baseUrl}/v3/directline`;
  return {
    issueToken: (headers: Record<string, string> = {}) => call<IssuedConversation>('POST', `${baseUrl}/api/directline/token`, undefined, undefined, headers),
    start: (token?: string, headers: Record<string, string> = {}) =>
      call<Conversation>('POST', `${domain}/conversations`, token ?? 'undefined', { user: { id: undefined }, locale: 'fr-FR' }, headers),
    post: (token: string | undefined, conversationId: string, activity: unknown) =>
      call<{ id: string }>('POST', `${domain}/conversations/${encodeURIComponent(conversationId)}/activities`, token, activity),
    poll: (token: string | undefined, conversationId: string, watermark = '') =>
      call<ActivitySet>('GET', `${domain}/conversations/${encodeURIComponent(conversationId)}/activities?watermark=${watermark}`, token),
    refresh: (token: string) => call<Conversation>('POST', `${domain}/tokens/refresh`, token),
  };
}

/** A message as Web Chat posts it: plain text with a client activity id and the visitor's locale. */
export function webChatMessage(text: string, clientActivityID = `web-${Math.random().toString(36).slice(2)}`): ChannelActivity {
  return {
    type: 'message',
    text,
    textFormat: 'plain',
    locale: 'fr-FR',
    from: { id: 'r_forged', name: '', role: 'user' },
    channelData: { clientActivityID, clientTimestamp: new Date().toISOString() },
    entities: [{ type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true }],
  } as ChannelActivity;
}

/** The Adaptive Card of a bot message, if it has one. */
export function cardOf(activity: ChannelActivity | undefined): Record<string, unknown> | undefined {
  const attachment = activity?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment?.content as Record<string, unknown> | undefined;
}

/** Every string of a card (texts, titles), to look for an answer in it. */
export function cardText(card: unknown): string {
  if (typeof card === 'string') return card;
  if (Array.isArray(card)) return card.map(cardText).join('\n');
  if (card && typeof card === 'object') return Object.values(card).map(cardText).join('\n');
  return '';
}
