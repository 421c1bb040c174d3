/**
 * Page noise recognised by its words, the same for HTML and plain text: rating widgets,
 * self-promotion and calls to action, navigation crumbs. Captions are recognised by their place
 * (see `structurePage`), navigation blocks of HTML by their element (see `htmlSkips`).
 */
import { foldForLookup } from '../text/fold';
import type { NoiseReason } from './types';

interface NoiseRule {
  reason: NoiseReason;
  /** Tested on the folded text: lowercase, no accents, punctuation as single spaces. */
  folded?: RegExp;
  /** Tested on the raw text, for symbols that folding removes (stars, arrows). */
  raw?: RegExp;
  /** The rule only holds for short lines: a long paragraph that mentions a newsletter is still content. */
  maxLength?: number;
}

const RULES: readonly NoiseRule[] = [
  // Rating widgets: "Je note cette page", "noter", "4,5/5 (12 votes)", a row of stars.
  { reason: 'rating', folded: /^(je note|notez|noter|evaluer|evaluez|votez|voter)( cette (page|fiche|article))?( \d.*)?$/ },
  { reason: 'rating', folded: /^(note|moyenne|avis)( moyenne)?( \d+( \d)?( sur)? 5)?( \d+ (votes?|avis))?$/ },
  { reason: 'rating', folded: /^\d( \d)? 5( \d+ (votes?|avis))?$/ },
  { reason: 'rating', folded: /^(merci (pour|de) votre (note|vote|avis)|cette page vous a t elle ete utile)/ },
  { reason: 'rating', raw: /^[\s★☆✩✪⭐*]+$/u },
  // Self-promotion and calls to action.
  { reason: 'marketing', folded: /vous propose de decouvrir|grace a notre fiche|notre fiche metier|nous en profiterons pour/ },
  { reason: 'marketing', folded: /newsletter|inscrivez vous|abonnez vous|recevez nos/, maxLength: 200 },
  {
    reason: 'marketing',
    folded: /^(demandez|demander|simulez|simuler|je simule|faites une simulation|contactez nous|contacter un conseiller|prendre rendez vous|telechargez|telecharger|decouvrez nos|en savoir plus|lire aussi|a lire aussi|voir aussi|partager|partagez)\b/,
    maxLength: 120,
  },
  // Navigation leftovers in saved text: breadcrumbs, "Sommaire", "Retour en haut", cookie notices.
  { reason: 'navigation', raw: /^[^.!?]{1,80}(\s[>›»]\s[^.!?]{1,80})+$/u },
  { reason: 'navigation', folded: /^(accueil|sommaire|menu|retour( en haut| a l accueil)?|haut de page|fil d ariane)$/ },
  { reason: 'navigation', folded: /\bcookies?\b/, maxLength: 200 },
];

/**
 * The noise reason of a line or paragraph of the page, or `undefined` when it is content.
 * @example textNoise('Je note cette page') // 'rating'
 */
export function textNoise(text: string): NoiseReason | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const folded = foldForLookup(trimmed);
  for (const rule of RULES) {
    if (rule.maxLength !== undefined && trimmed.length > rule.maxLength) continue;
    if (rule.folded && rule.folded.test(folded)) return rule.reason;
    if (rule.raw && rule.raw.test(trimmed)) return rule.reason;
  }
  return undefined;
}
