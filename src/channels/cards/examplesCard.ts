import type { KnowledgeEntry } from '../../knowledge/types';
import { actionSets, adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard';
import { toCardMarkdown } from './cardMarkdown';
import { followupButton } from './menuCard';

/**
 * A message ending on examples to try (welcome, fallback, a message without text) as a card: its
 * Markdown text, then one button per example, for channels where suggested actions may not show.
 */
export function examplesCard(markdown: string, examples: readonly KnowledgeEntry[]): AdaptiveCard {
  return adaptiveCard([textBlock(toCardMarkdown(markdown)), ...actionSets(examples.map(followupButton))], markdown);
}
