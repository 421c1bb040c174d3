import { shortenUserText } from '../../conversation/escapeUserText';
import { messages } from '../../conversation/messages';
import { replyText } from '../../conversation/replyText';
import type { KnowledgeEntry } from '../../knowledge/types';
import { actionSets, adaptiveCard, submitAction, type AdaptiveCard } from './adaptiveCard';

/**
 * "Je ne suis pas sûr d'avoir bien compris « … ». Vouliez-vous dire…" with one button per candidate.
 *
 * The typed text goes into a `TextRun`, which Adaptive Cards never read as Markdown (and cards never
 * render HTML), so it shows exactly as typed and cannot inject links or formatting; backslash escapes
 * there would show up literally. The fallback text, which clients read as Markdown, gets it escaped.
 * With `judgement` (a question asking which is best), the sources' honest "we do not rank these" instead.
 */
export function didYouMeanCard(typed: string, candidates: readonly KnowledgeEntry[], judgement = false): AdaptiveCard {
  const sentence = judgement
    ? { type: 'TextBlock', text: messages.noJudgement, wrap: true }
    : {
        type: 'RichTextBlock',
        inlines: [
          { type: 'TextRun', text: messages.didYouMeanBefore },
          { type: 'TextRun', text: shortenUserText(typed), italic: true },
          { type: 'TextRun', text: messages.didYouMeanAfter },
        ],
      };
  const buttons = candidates.map((entry) => submitAction(entry.title, { action: 'choose', entryId: entry.id }));
  const reply = { kind: 'did-you-mean' as const, typed, candidates: [...candidates], ...(judgement && { judgement }) };
  return adaptiveCard([sentence, ...actionSets(buttons)], replyText(reply));
}

/** "Votre question vaut pour plusieurs métiers. Lequel ?" with one button per job profile. */
export function chooseProfileCard(candidates: readonly KnowledgeEntry[]): AdaptiveCard {
  const buttons = candidates.map((entry) => submitAction(entry.title, { action: 'choose', entryId: entry.id }));
  const fallbackText = replyText({ kind: 'choose-profile', candidates: [...candidates] });
  return adaptiveCard([{ type: 'TextBlock', text: messages.chooseProfile, wrap: true }, ...actionSets(buttons)], fallbackText);
}
