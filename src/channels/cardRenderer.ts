import { replyText } from '../conversation/replyText';
import type { ChannelCapabilities } from './channelCapabilities';
import { answerCard } from './cards/answerCard';
import { cardReply } from './cards/adaptiveCard';
import { chooseProfileCard, didYouMeanCard } from './cards/choiceCards';
import { examplesCard } from './cards/examplesCard';
import { menuCard } from './cards/menuCard';
import type { ReplyRenderer } from './replyRenderer';
import { createTextRenderer } from './textRenderer';

/**
 * Replies for channels that render Adaptive Cards (Teams, Web Chat, the Emulator): answers, "did you
 * mean" and the menu are cards whose buttons send an entry id back. The welcome, the fallback and the
 * empty-message reply stay Markdown with suggested actions where the channel shows those (they read as
 * a conversation rather than a form); in Teams, which does not show them everywhere (channels, the
 * Agents Playground), they are cards too, so that the examples the text promises are on screen.
 */
export function createCardRenderer(capabilities: ChannelCapabilities): ReplyRenderer {
  const text = createTextRenderer(capabilities);
  return {
    render(reply, incoming) {
      switch (reply.kind) {
        case 'answer':
          return [cardReply(answerCard(reply))];
        case 'did-you-mean':
          return [cardReply(didYouMeanCard(reply.typed, reply.candidates, reply.judgement))];
        case 'choose-profile':
          return [cardReply(chooseProfileCard(reply.candidates))];
        case 'menu':
          return [cardReply(menuCard(reply.groups))];
        case 'welcome':
        case 'fallback':
        case 'empty-message':
          if (!capabilities.suggestedActions) return [cardReply(examplesCard(replyText(reply), reply.examples))];
          return text.render(reply, incoming);
        default:
          return text.render(reply, incoming);
      }
    },
  };
}
