import { answerCard } from './cards/answerCard';
import { cardReply } from './cards/adaptiveCard';
import { chooseProfileCard, didYouMeanCard } from './cards/didYouMeanCard';
import { menuCard } from './cards/menuCard';
import { createTextRenderer, type TextRendererOptions } from './markdownRenderer';
import { renderDecision, type ReplyRenderer } from './replyRenderer';

/**
 * Replies for channels that render Adaptive Cards (Teams, Web Chat, the Emulator): answers, "did you
 * mean" and the menu are cards whose buttons send an entry id back. The welcome, the fallback and the
 * empty-message reply stay Markdown with suggested actions, which read as a conversation rather than a form.
 */
export function createCardRenderer(options: TextRendererOptions): ReplyRenderer {
  const text = createTextRenderer(options);
  const renderer: Omit<ReplyRenderer, 'decision'> = {
    welcome: text.welcome,
    answer: (entry, kb, leading) => [cardReply(answerCard(entry, kb, leading))],
    didYouMean: (typed, candidates) => [cardReply(didYouMeanCard(typed, candidates))],
    chooseProfile: (candidates) => [cardReply(chooseProfileCard(candidates))],
    fallback: text.fallback,
    menu: (kb) => [cardReply(menuCard(kb))],
    emptyMessage: text.emptyMessage,
  };
  return { ...renderer, decision: (decision, kb) => renderDecision(renderer, decision, kb) };
}
