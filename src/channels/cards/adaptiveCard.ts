import type { ButtonPayload } from '../../conversation/buttonPayload';
import type { Attachment, OutgoingActivity } from '../activity';

/** Schema 1.5: the highest version Teams renders (Web Chat and the Emulator render it too). */
export const adaptiveCardVersion = '1.5';
export const adaptiveCardSchema = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** One element of a card's body or actions, as the Adaptive Cards JSON schema spells it. */
export type CardElement = { type: string } & Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardElement[];
  /** Shown by clients that cannot render the card (may contain Markdown); also what a transcript keeps. */
  fallbackText: string;
}

export function adaptiveCard(body: CardElement[], fallbackText: string, actions: CardElement[] = []): AdaptiveCard {
  const card: AdaptiveCard = { type: 'AdaptiveCard', $schema: adaptiveCardSchema, version: adaptiveCardVersion, body, fallbackText };
  if (actions.length > 0) card.actions = actions;
  return card;
}

export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** A card as an activity's attachment. */
export function cardAttachment(card: AdaptiveCard): Attachment {
  return { contentType: adaptiveCardContentType, content: card };
}

/** A message carrying one card. */
export function cardReply(card: AdaptiveCard): OutgoingActivity {
  return { type: 'message', attachments: [cardAttachment(card)] };
}

/** A wrapped Markdown text block (Adaptive Cards read a subset of Markdown: see cardMarkdown). */
export function textBlock(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/**
 * A button that sends `payload` back to the bot. `Action.Submit` works in Web Chat and the Emulator;
 * the `msteams` `messageBack` part makes Teams send it as a message too, showing `displayText` as the
 * user's choice in the chat (and `text` to the bot, which reads the payload first).
 */
export function submitAction(title: string, payload: ButtonPayload, displayText = title): CardElement {
  return {
    type: 'Action.Submit',
    title,
    data: { ...payload, msteams: { type: 'messageBack', displayText, text: displayText, value: JSON.stringify(payload) } },
  };
}

/** Most buttons per action set: the default host config of Adaptive Cards (Web Chat) shows 5, Teams 6. */
export const maxActionsPerSet = 5;

export function actionSet(actions: CardElement[], options: Record<string, unknown> = {}): CardElement {
  return { type: 'ActionSet', actions, ...options };
}

/** Buttons in as many action sets as needed so that no client drops any (see maxActionsPerSet). */
export function actionSets(actions: CardElement[]): CardElement[] {
  const sets: CardElement[] = [];
  for (let start = 0; start < actions.length; start += maxActionsPerSet) sets.push(actionSet(actions.slice(start, start + maxActionsPerSet)));
  return sets;
}
