import type { KnowledgeBase, KnowledgeEntry } from '../../knowledge/types';
import { menuGroups } from '../menuGroups';
import { messages } from '../messages';
import { actionSets, adaptiveCard, submitAction, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard';

/** "aide" / "menu": every topic the bot can answer, one heading per theme, one button per entry. */
export function menuCard(kb: KnowledgeBase): AdaptiveCard {
  const groups = menuGroups(kb);
  const body: CardElement[] = [textBlock(messages.menuIntro)];
  for (const { theme, entries } of groups) {
    body.push({
      type: 'Container',
      spacing: 'Medium',
      items: [textBlock(theme, { weight: 'Bolder' }), ...actionSets(entries.map(followupButton))],
    });
  }
  const fallbackText = [messages.menuIntro, ...groups.map(({ theme, entries }) => `**${theme}**\n${entries.map((e) => `- ${e.title}`).join('\n')}`)].join(
    '\n\n',
  );
  return adaptiveCard(body, fallbackText);
}

function followupButton(entry: KnowledgeEntry): CardElement {
  return submitAction(entry.title, { action: 'followup', entryId: entry.id });
}
