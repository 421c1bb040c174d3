import { messages } from '../conversation/messages';
import { didYouMeanSentence, replyText } from '../conversation/replyText';
import { renderCommon } from './commonReplies';
import type { ReplyRenderer } from './replyRenderer';
import { markdownMessage, textWithActions } from './suggestedActions';

export interface RendererOptions {
  /** Most suggested actions per reply (Teams shows three). */
  maxSuggestedActions: number;
}

/**
 * Replies for channels without cards: clean Markdown text, follow-ups and choices as suggested actions.
 * Works on every channel.
 */
export function createTextRenderer(options: RendererOptions): ReplyRenderer {
  const max = options.maxSuggestedActions;
  return {
    render(reply, incoming) {
      switch (reply.kind) {
        case 'welcome':
        case 'fallback':
        case 'empty-message':
          return [textWithActions(replyText(reply), reply.examples, max)];
        case 'answer':
          return [textWithActions(replyText(reply), reply.related, max)];
        case 'did-you-mean':
          return [textWithActions(didYouMeanSentence(reply), reply.candidates, max)];
        case 'choose-profile':
          return [textWithActions(messages.chooseProfile, reply.candidates, max)];
        case 'menu':
          return [markdownMessage(replyText(reply))];
        default:
          return renderCommon(reply, incoming);
      }
    },
  };
}
