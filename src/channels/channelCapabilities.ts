/**
 * What a channel can show, decided by its `channelId` in one place.
 *
 * Adaptive Cards go only to channels known to render schema 1.5 with `Action.Submit`; any other channel
 * (SMS, e-mail, Telegram, Slack, a channel added later...) gets Markdown text with suggested actions,
 * which every channel shows in some form. An unknown channel therefore degrades to text, never to a blank card.
 */
const cardChannels: ReadonlySet<string> = new Set([
  'msteams',
  'webchat',
  'directline',
  'directlinespeech',
  'emulator',
]);

/** How many suggested actions a channel shows at most (Teams shows three); unlisted channels: no limit of ours. */
const suggestedActionLimits: Readonly<Record<string, number>> = Object.freeze({ msteams: 3 });

/** Channels where suggested actions may not be on screen. */
const noSuggestedActions: ReadonlySet<string> = new Set(['msteams']);

/** The default cap, so that a reply never turns into a wall of buttons. */
const defaultSuggestedActionLimit = 4;

export interface ChannelCapabilities {
  /** Adaptive Cards (1.5) with submit buttons are rendered. */
  cards: boolean;
  /**
   * Suggested actions are shown in every conversation of the channel. Teams shows them in one-to-one
   * chats only, and the Agents Playground not at all: there, examples go on cards.
   */
  suggestedActions: boolean;
  /** Most suggested actions worth sending. */
  maxSuggestedActions: number;
}

/** @example channelCapabilities('msteams') // { cards: true, suggestedActions: false, maxSuggestedActions: 3 } */
export function channelCapabilities(channelId: string | undefined): ChannelCapabilities {
  const id = (channelId ?? '').toLowerCase();
  return {
    cards: cardChannels.has(id),
    suggestedActions: !noSuggestedActions.has(id),
    maxSuggestedActions: suggestedActionLimits[id] ?? defaultSuggestedActionLimit,
  };
}
