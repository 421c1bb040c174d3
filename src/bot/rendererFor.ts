import { createCardRenderer } from './cardRenderer';
import { channelCapabilities } from './channelCapabilities';
import { createTextRenderer } from './markdownRenderer';
import type { ReplyRenderer } from './replyRenderer';

const cache = new Map<string, ReplyRenderer>();

/** The renderer suited to a channel: cards where they render, Markdown text elsewhere. */
export function rendererFor(channelId: string | undefined): ReplyRenderer {
  const capabilities = channelCapabilities(channelId);
  const key = `${capabilities.cards}:${capabilities.maxSuggestedActions}`;
  let renderer = cache.get(key);
  if (!renderer) {
    const options = { maxSuggestedActions: capabilities.maxSuggestedActions };
    renderer = capabilities.cards ? createCardRenderer(options) : createTextRenderer(options);
    cache.set(key, renderer);
  }
  return renderer;
}
