import { randomUUID } from 'node:crypto';
import type { Activity } from '../../src/channels/activity';

/**
 * Activities shaped like the Bot Framework Emulator's (channel `emulator`, its connector as serviceUrl),
 * as plain protocol JSON: the same for every host. `channelId` changes the channel (e.g. `webchat`).
 */
export class EmulatorConversation {
  readonly user = { id: randomUUID(), name: 'User', role: 'user' };
  readonly bot = { id: randomUUID(), name: 'Bot', role: 'bot' };
  readonly conversation = { id: `${randomUUID()}|livechat` };

  constructor(readonly serviceUrl: string, readonly channelId = 'emulator') {}

  private base(type: string): Activity {
    const now = new Date().toISOString();
    return {
      type,
      id: randomUUID(),
      channelId: this.channelId,
      serviceUrl: this.serviceUrl,
      conversation: this.conversation,
      from: this.user,
      recipient: this.bot,
      timestamp: now,
      localTimestamp: now,
      locale: 'fr-FR',
    };
  }

  message(text: string, extra: Partial<Activity> = {}): Activity {
    return { ...this.base('message'), text, textFormat: 'plain', ...extra };
  }

  invoke(name: string, value: unknown, extra: Partial<Activity> = {}): Activity {
    return { ...this.base('invoke'), name, value, ...extra };
  }
}
