/**
 * A message as the conversation reads it, whatever the channel and the SDK: the channel layer builds
 * it from an activity (src/channels/readMessage.ts).
 */
export interface IncomingMessage {
  /** What the user typed, without the @mention of the bot that group chats put in front. */
  text: string;
  /** What a pressed button sent (card `Action.Submit` data, Teams `messageBack` value), if anything. */
  value?: unknown;
  /** The channel's conversation id (the learning loop hashes it before storing anything). */
  conversationId: string;
  /** The channel's id (`msteams`, `webchat`, `emulator`...). */
  channelId: string;
  /** The job profile the channel asks about (the website widget's setting); unknown profiles are ignored. */
  profile?: string;
}
