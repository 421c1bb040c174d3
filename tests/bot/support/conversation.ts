import { MemoryStorage, type Activity, type Attachment, type Storage } from 'botbuilder';
import { createAnswerer, type Answerer } from '../../../src/answering/answerer';
import type { Decision } from '../../../src/answering/types';
import { FaqBot, type FaqBotOptions } from '../../../src/bot/faqBot';
import { loadKnowledgeBase } from '../../../src/knowledge';
import type { KnowledgeBase } from '../../../src/knowledge/types';
import { botConversation, decisionOf, messagesOf } from '../../helpers/botConversation';

export type Reply = Partial<Activity>;

let fixture: Promise<KnowledgeBase> | undefined;

/** The small fruit-and-vegetable base of tests/fixtures/conversation (stable whatever the real base becomes). */
export function fixtureKnowledgeBase(): Promise<KnowledgeBase> {
  fixture ??= loadKnowledgeBase('tests/fixtures/conversation/knowledge');
  return fixture;
}

export async function fixtureAnswerer(): Promise<Answerer> {
  return createAnswerer(await fixtureKnowledgeBase());
}

/**
 * An answerer that is unsure of everything: every question gets "did you mean" these entries.
 * For tests of what the bot does with such a decision, independent of how the matcher scores.
 */
export function unsureAnswerer(kb: KnowledgeBase, candidateIds: readonly string[]): Answerer {
  const real = createAnswerer(kb);
  return {
    knowledgeBase: kb,
    options: real.options,
    ask: (question): Decision => ({
      kind: 'suggest',
      question,
      answers: [],
      suggestions: candidateIds.map((id, index) => ({ entry: kb.byId.get(id)!, score: 0.4 - index * 0.05 })),
    }),
  };
}

export interface ChatOptions extends Partial<Omit<FaqBotOptions, 'answerer'>> {
  /** The channel every user activity comes from (default: webchat, which renders cards). */
  channelId?: string;
}

/**
 * A conversation with a FaqBot through the SDK's TestAdapter, on a given channel, with its storage
 * at hand to inspect. Each call of `say`/`click` is one turn and returns what the bot sent in it.
 */
export function chat(answerer: Answerer, options: ChatOptions = {}) {
  const storage = (options.storage as Storage | undefined) ?? new MemoryStorage();
  const bot = new FaqBot({ ...options, answerer: () => answerer, storage });
  const conversation = botConversation(bot);
  const channelId = options.channelId ?? 'webchat';
  const send = (activity: Partial<Activity>) => conversation.send({ channelId, ...activity });
  return {
    storage,
    adapter: conversation.adapter,
    send,
    say: (text: string) => send({ type: 'message', text }),
    /** Presses a card button: sends its `data` as the message value, like Web Chat and the Emulator do. */
    click: (action: CardAction) => send({ type: 'message', value: action.data }),
  };
}

/** An Adaptive Card element or action, loosely typed for assertions. */
export type CardElement = { type: string; text?: string; title?: string; data?: Record<string, unknown> } & Record<string, unknown>;
export type CardAction = CardElement & { data: Record<string, unknown> };
export interface Card {
  type: string;
  version: string;
  body: CardElement[];
  fallbackText: string;
}

/** The Adaptive Card of a reply (fails the test if there is none). */
export function cardOf(reply: Reply | undefined): Card {
  const attachment: Attachment | undefined = reply?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!attachment) throw new Error(`expected an Adaptive Card, got ${JSON.stringify(reply)}`);
  return attachment.content as Card;
}

/** Every element of a card, containers and action sets walked through. */
export function elementsOf(card: Card): CardElement[] {
  const all: CardElement[] = [];
  const walk = (elements: unknown) => {
    for (const element of (elements as CardElement[] | undefined) ?? []) {
      all.push(element);
      walk(element.items);
      walk(element.actions);
    }
  };
  walk(card.body);
  walk((card as unknown as { actions?: unknown }).actions);
  return all;
}

export function textBlocksOf(card: Card): string[] {
  return elementsOf(card)
    .filter((element) => element.type === 'TextBlock')
    .map((element) => String(element.text));
}

export function buttonsOf(card: Card): CardAction[] {
  return elementsOf(card).filter((element): element is CardAction => element.type === 'Action.Submit');
}

/** The one button of a card whose payload has this action and entry (and vote). */
export function buttonFor(card: Card, action: string, entryId: string, vote?: string): CardAction {
  const button = buttonsOf(card).find((b) => b.data.action === action && b.data.entryId === entryId && (vote === undefined || b.data.vote === vote));
  if (!button) throw new Error(`no ${action} button for ${entryId} in ${JSON.stringify(card)}`);
  return button;
}

/** The first message of a turn that carries a card. */
export function cardReplyOf(replies: Reply[]): Card {
  return cardOf(messagesOf(replies).find((reply) => reply.attachments?.length));
}

export { decisionOf, messagesOf };

/** What the bot keeps of the TestAdapter's conversation in storage (ConversationState's key: channel/conversations/id/). */
export async function storedConversation(storage: Storage, channelId = 'webchat'): Promise<Record<string, unknown> | undefined> {
  const key = `${channelId}/conversations/Convo1/`;
  const items = await storage.read([key]);
  return items[key]?.faq as Record<string, unknown> | undefined;
}
