import { messages } from '../../conversation/messages';
import { benchQuestions } from '../httpBench/workloads';

/** One turn as a visitor lived it: which way it went, how long it took, and what went wrong if anything. */
export interface TurnOutcome {
  channel: 'directline' | 'messages';
  ms: number;
  /** When the turn started, in ms since the soak started. */
  at: number;
  error?: string;
  /** The bot thanked a first vote on this answer in this conversation: the soak expects one learning record for it (a repeated vote is thanked, not recorded again). */
  voteThanked?: boolean;
}

export interface VisitorContext {
  url: string;
  /** Whether the visitor should take another turn (false once the time is up or the bot was told to stop). */
  goOn(): boolean;
  /** Once the bot was sent SIGTERM: a refused connection then ends the visitor without counting as an error. */
  stopping(): boolean;
  record(outcome: TurnOutcome): void;
  startedAt: number;
}

/** What the bot says when it has recorded a 👍. */
const thanks = messages.feedbackThanks('up');

/** Every Action.Submit `data` of a 👍 in the bot's replies. */
export function upVotes(value: unknown, found: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) upVotes(item, found);
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (object.action === 'feedback' && object.vote === 'up' && typeof object.entryId === 'string') found.push(object);
    else for (const item of Object.values(object)) upVotes(item, found);
  }
  return found;
}

const refused = (error: unknown) => /ECONNREFUSED|ECONNRESET|fetch failed|other side closed|SocketError/i.test(String((error as { cause?: unknown })?.cause ?? error));

async function json(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/**
 * A visitor of the website widget: a token, a conversation, then questions (every fourth turn a 👍 on the
 * last answer) posted and read back by polling, as Web Chat does with the built-in Direct Line.
 */
export async function directLineVisitor(context: VisitorContext, index: number): Promise<void> {
  const base = `${context.url}/v3/directline`;
  let conversation: { conversationId: string; token: string };
  try {
    const started = await json(`${base}/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    if (started.status !== 201) throw new Error(`start: HTTP ${started.status}`);
    conversation = started.body as typeof conversation;
  } catch (error) {
    if (!context.stopping()) context.record({ channel: 'directline', ms: 0, at: Date.now() - context.startedAt, error: String(error) });
    return;
  }
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${conversation.token}` };
  const activities = `${base}/conversations/${encodeURIComponent(conversation.conversationId)}/activities`;
  let watermark = '';
  let vote: Record<string, unknown> | undefined;
  const voted = new Set<unknown>();
  for (let turn = 0; context.goOn(); turn++) {
    const voting = turn % 4 === 3 && vote !== undefined;
    const activity = voting
      ? { type: 'message', from: { id: 'visitor', name: '' }, locale: 'fr-FR', value: vote }
      : { type: 'message', from: { id: 'visitor', name: '' }, locale: 'fr-FR', textFormat: 'plain', text: benchQuestions[(index + turn) % benchQuestions.length] };
    const start = Date.now();
    try {
      const posted = await json(activities, { method: 'POST', headers, body: JSON.stringify(activity) });
      if (posted.status !== 200) throw new Error(`post: HTTP ${posted.status}`);
      const polled = await json(`${activities}?watermark=${watermark}`, { headers });
      if (polled.status !== 200) throw new Error(`poll: HTTP ${polled.status}`);
      const set = polled.body as { activities: Array<Record<string, unknown>>; watermark: string };
      watermark = set.watermark;
      const replies = set.activities.filter((item) => (item.from as { role?: string } | undefined)?.role === 'bot');
      if (replies.length === 0) throw new Error('no reply');
      vote = upVotes(replies)[0] ?? vote;
      const voteThanked = voting && !voted.has(vote?.entryId) && replies.some((reply) => reply.text === thanks);
      if (voting) voted.add(vote?.entryId);
      context.record({ channel: 'directline', ms: Date.now() - start, at: start - context.startedAt, voteThanked });
      if (voting) vote = undefined;
    } catch (error) {
      if (context.stopping() && refused(error)) return;
      context.record({ channel: 'directline', ms: Date.now() - start, at: start - context.startedAt, error: String(error) });
    }
  }
}

/** A Bot Framework client on `/api/messages` with `deliveryMode: expectReplies` (replies in the response body). */
export async function messagesVisitor(context: VisitorContext, index: number): Promise<void> {
  const conversationId = `soak-${index}-${Date.now()}`;
  let vote: Record<string, unknown> | undefined;
  const voted = new Set<unknown>();
  for (let turn = 0; context.goOn(); turn++) {
    const voting = turn % 4 === 3 && vote !== undefined;
    const activity = {
      type: 'message',
      id: `m${turn}`,
      channelId: 'webchat',
      serviceUrl: 'http://127.0.0.1:9/',
      deliveryMode: 'expectReplies',
      locale: 'fr-FR',
      conversation: { id: conversationId },
      from: { id: `soak-user-${index}`, name: 'Visiteur' },
      recipient: { id: 'faq-bot', name: 'FAQ bot' },
      ...(voting ? { value: vote } : { text: benchQuestions[(index + turn) % benchQuestions.length] }),
    };
    const start = Date.now();
    try {
      const answered = await json(`${context.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      if (answered.status !== 200) throw new Error(`messages: HTTP ${answered.status}`);
      const replies = ((answered.body as { activities?: Array<Record<string, unknown>> } | undefined)?.activities ?? []).filter((a) => a.type === 'message');
      if (replies.length === 0) throw new Error('no reply');
      vote = upVotes(replies)[0] ?? vote;
      const voteThanked = voting && !voted.has(vote?.entryId) && replies.some((reply) => reply.text === thanks);
      if (voting) voted.add(vote?.entryId);
      context.record({ channel: 'messages', ms: Date.now() - start, at: start - context.startedAt, voteThanked });
      if (voting) vote = undefined;
    } catch (error) {
      if (context.stopping() && refused(error)) return;
      context.record({ channel: 'messages', ms: Date.now() - start, at: start - context.startedAt, error: String(error) });
    }
  }
}
