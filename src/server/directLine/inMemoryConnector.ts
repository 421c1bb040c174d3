import type { Activity, ResourceResponse } from 'botbuilder';
import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';
import type { ConversationStore } from './conversationStore';
import type { ChannelActivity } from './types';

/**
 * The channel side of the built-in Direct Line: where the bot's replies go.
 *
 * A channel normally gives the bot a `serviceUrl` and the adapter POSTs replies there over HTTP
 * (`/v3/conversations/{id}/activities`). Here the channel lives in the same process, so the adapter is
 * handed this factory instead: its connector writes the replies straight into the conversation store.
 * Why not HTTP to ourselves: no loop through the network, no public endpoint that would need guarding,
 * and no Azure AD token to fetch when the bot also has an App ID (the adapter only asks the factory).
 * Why not `expectReplies`: `processActivityDirect` drops the turn's result, so buffered replies would be lost.
 */
export class InMemoryConnectorFactory extends ConnectorFactory {
  constructor(private readonly store: ConversationStore) {
    super();
  }

  override async create(): Promise<ConnectorClient> {
    // Only `conversations` is used by the adapter to send, update and delete activities.
    return { conversations: new InMemoryConversations(this.store) } as unknown as ConnectorClient;
  }
}

/** The four Connector operations the adapter calls, over the store. */
class InMemoryConversations {
  constructor(private readonly store: ConversationStore) {}

  async sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<ResourceResponse> {
    const conversation = this.live(conversationId);
    return { id: this.store.append(conversation, toWire(activity)) };
  }

  async replyToActivity(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<ResourceResponse> {
    const conversation = this.live(conversationId);
    return { id: this.store.append(conversation, { ...toWire(activity), replyToId: activityId }) };
  }

  async updateActivity(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<ResourceResponse> {
    const conversation = this.live(conversationId);
    if (!this.store.replace(conversation, { ...toWire(activity), id: activityId })) throw new Error(`Activity ${activityId} not found`);
    return { id: activityId };
  }

  async deleteActivity(conversationId: string, activityId: string): Promise<void> {
    this.store.remove(this.live(conversationId), activityId);
  }

  private live(conversationId: string) {
    const conversation = this.store.get(conversationId);
    // What a connector answers for a conversation it does not know: the SDK reports it to onTurnError.
    if (!conversation) throw new Error(`Conversation ${conversationId} not found (expired?)`);
    return conversation;
  }
}

/** The activity as the client will read it: JSON (ISO dates), stamped by the channel, without the channel's own URL. */
function toWire(activity: Partial<Activity>): ChannelActivity {
  const wire = JSON.parse(JSON.stringify(activity)) as ChannelActivity;
  delete wire.serviceUrl;
  delete wire.id;
  wire.timestamp = new Date().toISOString();
  return wire;
}
