import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

/**
 * Activities shaped like the ones the Bot Framework Emulator (v4) posts to a bot: channel `emulator`,
 * its own connector as `serviceUrl`, user and bot accounts with roles, a `|livechat` conversation id.
 */
export class EmulatorSession {
  readonly user = { id: randomUUID(), name: 'User', role: 'user' };
  readonly bot = { id: randomUUID(), name: 'Bot', role: 'bot' };
  readonly conversation = { id: `${randomUUID()}|livechat` };

  constructor(readonly serviceUrl: string) {}

  private base(type: string): Partial<Activity> {
    const now = new Date();
    return {
      type,
      id: randomUUID(),
      channelId: 'emulator',
      serviceUrl: this.serviceUrl,
      conversation: this.conversation,
      from: this.user,
      recipient: this.bot,
      timestamp: now,
      localTimestamp: now,
      locale: 'fr-FR',
    } as Partial<Activity>;
  }

  /** What the Emulator sends when a conversation opens: the user and the bot join. */
  conversationUpdate(): Partial<Activity> {
    return { ...this.base('conversationUpdate'), membersAdded: [this.user, this.bot] } as Partial<Activity>;
  }

  /** A message typed by the user. */
  message(text: string, extra: Partial<Activity> = {}): Partial<Activity> {
    return {
      ...this.base('message'),
      text,
      textFormat: 'plain',
      attachments: [],
      entities: [{ type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true }],
      channelData: { clientActivityID: randomUUID(), clientTimestamp: new Date().toISOString() },
      ...extra,
    } as Partial<Activity>;
  }
}
