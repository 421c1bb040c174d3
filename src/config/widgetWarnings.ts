import type { AppConfig } from './types';

/** Settings that work but leave the widget open to misuse in production: logged as warnings at start. */
export const widgetWarningMessages = {
  anyOriginInProduction:
    'WIDGET_ALLOWED_ORIGINS is * with NODE_ENV=production: any site may embed the chat and start conversations with ' +
    "your visitors' quota. Set it to your site's origins, e.g. WIDGET_ALLOWED_ORIGINS=https://www.example.fr",
} as const;

/** What start-up should warn about in the widget's settings (empty when nothing). */
export function widgetWarnings(config: Pick<AppConfig, 'nodeEnv' | 'widget'>): string[] {
  const warnings: string[] = [];
  if (config.nodeEnv === 'production' && config.widget.allowedOrigins.includes('*')) warnings.push(widgetWarningMessages.anyOriginInProduction);
  return warnings;
}
