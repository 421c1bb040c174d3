import { createCardRenderer } from './cardRenderer';
import { channelCapabilities } from './channelCapabilities';
import type { ReplyRenderer } from './replyRenderer';
import { createTextRenderer } from './textRenderer';

const cache = new Map<string, ReplyRenderer>();

/** The renderer suited to a channel: cards where they render, Markdown text elsewhere. */
export function rendererFor(channelId: string | undefined): ReplyRenderer {
  const capabilities = channelCapabilities(channelId);
  const key = JSON.stringify(capabilities);
  let renderer = cache.get(key);
  if (!renderer) {
    renderer = capabilities.cards ? createCardRenderer(capabilities) : createTextRenderer(capabilities);
    cache.set(key, renderer);
  }
  return renderer;
}
