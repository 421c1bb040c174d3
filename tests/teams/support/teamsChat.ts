import { MemoryStorage, type Activity, type ChannelAccount, type ConversationAccount, type Storage } from 'botbuilder';
import type { Answerer } from '../../../src/answering/answerer';
import { FaqBot } from '../../../src/bot/faqBot';
import type { LearningRecorder } from '../../../src/learning/types';
import { botConversation } from '../../helpers/botConversation';

/** The bot as Teams addresses it: its id in the conversation and the name people @mention. */
export const teamsBot: ChannelAccount = { id: '28:00000000-0000-4000-8000-0000000000b0', name: 'Assistant portage salarial' };
export const teamsUser: ChannelAccount = { id: '29:alex', name: 'Alex Wilber' };
export const colleague: ChannelAccount = { id: '29:megan', name: 'Megan Bowen' };

/** A channel thread's conversation: Teams appends the root message's id to the channel's id. */
export const channelThread: ConversationAccount = {
  id: '19:general@thread.tacv2;messageid=1717000000000',
  name: 'General',
  conversationType: 'channel',
  tenantId: 'tenant',
  isGroup: true,
};
export const groupChat: ConversationAccount = { id: '19:group@thread.v2', name: 'Group Chat', conversationType: 'groupChat', tenantId: 'tenant', isGroup: true };
export const personalChat: ConversationAccount = { id: 'a:personal-alex', name: '', conversationType: 'personal', tenantId: 'tenant', isGroup: false };

type Conversation = ConversationAccount;

/** `<at>Name</at>` in the text and the `mention` entity that goes with it, as Teams sends an @mention. */
export function mentionOf(account: ChannelAccount) {
  const text = `<at>${account.name}</at>`;
  return { text, entity: { type: 'mention', text, mentioned: { id: account.id, name: account.name } } };
}

export interface TeamsChatOptions {
  storage?: Storage;
  recorder?: LearningRecorder;
}

/**
 * A FaqBot driven through the SDK's TestAdapter with activities shaped like Teams' own
 * (channelId msteams, conversation types, mention entities, invokes). Each call is one turn and
 * returns what the bot sent in it.
 */
export function teamsChat(answerer: Answerer, options: TeamsChatOptions = {}) {
  const storage = options.storage ?? new MemoryStorage();
  const bot = new FaqBot({ answerer: () => answerer, storage, recorder: options.recorder });
  const { send } = botConversation(bot);
  let nextId = 1;
  const teams = (conversation: Conversation, activity: Partial<Activity>) =>
    send({ channelId: 'msteams', conversation, from: teamsUser, recipient: teamsBot, id: `msg-${nextId++}`, ...activity });

  return {
    storage,
    send: teams,
    /** A message in a one-to-one chat (no mention needed there). */
    personal: (text: string) => teams(personalChat, { type: 'message', text }),
    /** A message in a channel thread or a group chat, @mentioning the bot unless told otherwise. */
    inGroup: (conversation: Conversation, question: string, mention: ChannelAccount | null = teamsBot) => {
      if (!mention) return teams(conversation, { type: 'message', text: question });
      const { text, entity } = mentionOf(mention);
      return teams(conversation, { type: 'message', text: `${text} ${question}`, entities: [entity] });
    },
    invoke: (conversation: Conversation, name: string, value: unknown, extra: Partial<Activity> = {}) =>
      teams(conversation, { type: 'invoke', name, value, ...extra }),
  };
}

/** The invoke response the bot sent in a turn (TestAdapter queues it like any activity). */
export function invokeResponseOf(replies: Array<Partial<Activity>>): { status: number; body?: unknown } {
  const response = replies.find((reply) => reply.type === 'invokeResponse');
  if (!response) throw new Error(`no invokeResponse among ${JSON.stringify(replies.map((r) => r.type))}`);
  return response.value as { status: number; body?: unknown };
}
