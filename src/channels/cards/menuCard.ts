import type { MenuGroup } from '../../conversation/menuGroups';
import { messages } from '../../conversation/messages';
import { menuText } from '../../conversation/replyText';
import type { KnowledgeEntry } from '../../knowledge/types';
import { actionSets, adaptiveCard, submitAction, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard';

/** "aide" / "menu": every topic the bot can answer, one heading per theme, one button per entry. */
export function menuCard(groups: readonly MenuGroup[]): AdaptiveCard {
  const body: CardElement[] = [textBlock(messages.menuIntro)];
  for (const { theme, entries } of groups) {
    body.push({
      type: 'Container',
      spacing: 'Medium',
      items: [textBlock(theme, { weight: 'Bolder' }), ...actionSets(entries.map(followupButton))],
    });
  }
  return adaptiveCard(body, menuText(groups));
}

export function followupButton(entry: KnowledgeEntry): CardElement {
  return submitAction(entry.title, { action: 'followup', entryId: entry.id });
}
