import { loadDevSet } from '../loadEvalSet';

/**
 * What `npm run bench:http` sends: Bot Framework message activities with `deliveryMode: expectReplies`
 * (the replies come back in the response body, nothing is posted to a connector), `/api/ask` questions,
 * and messages through the built-in Direct Line. Questions rotate through a realistic mix: answers, a
 * follow-up read in context, an honest "not in my sources" (which writes a learning record).
 */
export const benchQuestions: readonly string[] = Object.freeze([
  "c'est quoi le portage salarial ?",
  "quelles sont les missions d'un développeur back end",
  'et en portage ?',
  'quels langages utilise un developpeur backend',
  'combien gagne un dev back end',
  'quel statut pour un salarie porte',
]);

/**
 * Every distinct question of the first development set (about 250, of every kind: long messages, typos,
 * English...). The benchmark's six questions come back every sixth request, and the matcher keeps its recent
 * readings and rankings: in rotation, these are each read afresh, as new visitors' questions are.
 */
export function variedQuestions(devSetFile: string): string[] {
  return [...new Set(loadDevSet(devSetFile).items.map((item) => item.q))];
}

/** Without credentials the bot serves this machine only and replies to a serviceUrl on it only. */
const serviceUrl = 'http://127.0.0.1:9/';

/**
 * The i-th message of a run: in slot `i mod conversations`, question `i mod questions`. With
 * `turnsPerConversation`, a slot's conversation ends after that many messages and a new one takes its
 * place, births staggered so that one message in `turnsPerConversation` opens a conversation (a bot that
 * has run for a while: new visitors keep coming, none talks forever); without it, the same conversations
 * go on for the whole run.
 */
export function messageActivity(
  i: number,
  conversations: number,
  turnsPerConversation?: number,
  channelId = 'webchat',
  questions: readonly string[] = benchQuestions,
): Record<string, unknown> {
  const slot = i % conversations;
  const visit = Math.floor(i / conversations);
  const conversation = turnsPerConversation ? `${slot}-${Math.floor((visit + (slot % turnsPerConversation)) / turnsPerConversation)}` : `${slot}`;
  return {
    type: 'message',
    id: `m${i}`,
    channelId,
    serviceUrl,
    deliveryMode: 'expectReplies',
    locale: 'fr-FR',
    conversation: { id: `bench-conversation-${conversation}` },
    from: { id: `bench-user-${slot}`, name: 'Visiteur' },
    recipient: { id: 'faq-bot', name: 'FAQ bot' },
    text: questions[i % questions.length],
  };
}

export function askBody(i: number, questions: readonly string[] = benchQuestions): Record<string, unknown> {
  return { question: questions[i % questions.length] };
}

/** What Web Chat posts to Direct Line for a typed message. */
export function directLineMessage(i: number): Record<string, unknown> {
  return { type: 'message', from: { id: 'visitor', name: '' }, locale: 'fr-FR', text: benchQuestions[i % benchQuestions.length], textFormat: 'plain' };
}

/** Whether an expectReplies body holds at least one message reply (the bot answered, or the echo echoed). */
export function hasMessageReply(body: unknown): boolean {
  const activities = (body as { activities?: Array<{ type?: string }> } | undefined)?.activities;
  return Array.isArray(activities) && activities.some((activity) => activity.type === 'message');
}
