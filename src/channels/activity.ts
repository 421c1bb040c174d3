/**
 * Bot Framework activities as the protocol defines them (JSON over HTTP), without any SDK's classes:
 * what the shared activity layer reads and writes, whichever SDK hosts the bot (botbuilder 4 or the
 * Microsoft 365 Agents SDK). Each host casts its own `Activity` type to and from these shapes.
 */
export interface ChannelAccount {
  id: string;
  name?: string;
  role?: string;
  aadObjectId?: string;
}

export interface ConversationAccount {
  id: string;
  name?: string;
  conversationType?: string;
  isGroup?: boolean;
  tenantId?: string;
}

export interface Attachment {
  contentType: string;
  content?: unknown;
  contentUrl?: string;
  name?: string;
}

export interface CardAction {
  type: string;
  title: string;
  value?: unknown;
  text?: string;
  displayText?: string;
}

export interface Entity {
  type: string;
  [field: string]: unknown;
}

export interface ConversationReference {
  activityId?: string;
  user?: ChannelAccount;
  bot?: ChannelAccount;
  conversation: ConversationAccount;
  channelId: string;
  serviceUrl: string;
  locale?: string;
}

export interface Activity {
  type: string;
  id?: string;
  timestamp?: Date | string;
  localTimestamp?: Date | string;
  channelId?: string;
  serviceUrl?: string;
  from?: ChannelAccount;
  recipient?: ChannelAccount;
  conversation?: ConversationAccount;
  replyToId?: string;
  locale?: string;
  text?: string;
  textFormat?: string;
  speak?: string;
  inputHint?: string;
  attachmentLayout?: string;
  attachments?: Attachment[];
  suggestedActions?: { actions: CardAction[]; to?: string[] };
  entities?: Entity[];
  channelData?: unknown;
  membersAdded?: ChannelAccount[];
  membersRemoved?: ChannelAccount[];
  name?: string;
  label?: string;
  value?: unknown;
  valueType?: string;
  relatesTo?: ConversationReference;
  deliveryMode?: string;
}

/** An activity the bot sends: the host's SDK fills in ids, conversation and addresses. */
export type OutgoingActivity = Partial<Activity>;

/** What an invoke activity gets back (Teams' feedback, the message extension's search...). */
export interface InvokeResult {
  status: number;
  body?: unknown;
}

/**
 * One turn as a host hands it to the shared activity layer: the incoming activity, and a way to send
 * replies through the host's SDK (which returns the ids the channel gave them, Teams needs them).
 */
export interface ActivityTurn {
  activity: Activity;
  send(activities: OutgoingActivity[]): Promise<Array<{ id?: string } | undefined>>;
}

/** The bot as every host runs it: an activity in, replies sent through the turn, an invoke's result out. */
export interface ActivityBot {
  run(turn: ActivityTurn): Promise<InvokeResult | undefined>;
}
