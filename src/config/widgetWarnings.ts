import { knowsProfile, profileIds } from '../knowledge/profiles';
import type { KnowledgeBase } from '../knowledge/types';
import type { AppConfig, WidgetConfig } from './types';

/** Settings that work but leave the widget open to misuse in production: logged as warnings at start. */
export const widgetWarningMessages = {
  anyOriginInProduction:
    'WIDGET_ALLOWED_ORIGINS is * with NODE_ENV=production: any site may embed the chat and start conversations with ' +
    "your visitors' quota. Set it to your site's origins, e.g. WIDGET_ALLOWED_ORIGINS=https://www.example.fr",
  profileUnknown: (profile: string, known: readonly string[]) =>
    `WIDGET_PROFILE=${profile} is not a job profile of the knowledge base (${known.join(', ') || 'it has none'}): ` +
    "the widget's questions are not restricted to a profile. Set it to one of those ids, or leave it empty.",
} as const;

/** What start-up should warn about in the widget's settings (empty when nothing). */
export function widgetWarnings(config: Pick<AppConfig, 'nodeEnv' | 'widget'>): string[] {
  const warnings: string[] = [];
  if (config.nodeEnv === 'production' && config.widget.allowedOrigins.includes('*')) warnings.push(widgetWarningMessages.anyOriginInProduction);
  return warnings;
}

/** What start-up should warn about once the knowledge base is loaded: a WIDGET_PROFILE the base does not know. */
export function widgetProfileWarnings(widget: Pick<WidgetConfig, 'profile'>, kb: Pick<KnowledgeBase, 'profiles'>): string[] {
  if (widget.profile === '' || knowsProfile(kb, widget.profile)) return [];
  return [widgetWarningMessages.profileUnknown(widget.profile, profileIds(kb))];
}
