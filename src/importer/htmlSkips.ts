/**
 * HTML elements that are not the page's content: navigation, footers, forms, scripts, widgets.
 * Decided by element name, ARIA role, `hidden`, and the words of `class`/`id` (split into tokens,
 * never matched against markup).
 */
import { attr, type HtmlElement } from './htmlDom';
import type { NoiseReason } from './types';

const SKIPPED_TAGS: Readonly<Record<string, NoiseReason>> = {
  nav: 'navigation',
  footer: 'navigation',
  aside: 'navigation',
  form: 'form',
  button: 'form',
  input: 'form',
  select: 'form',
  textarea: 'form',
  dialog: 'form',
  script: 'script',
  style: 'script',
  noscript: 'script',
  template: 'script',
  iframe: 'script',
  svg: 'script',
  canvas: 'script',
  object: 'script',
};

const SKIPPED_ROLES: Readonly<Record<string, NoiseReason>> = {
  navigation: 'navigation',
  banner: 'navigation',
  contentinfo: 'navigation',
  complementary: 'navigation',
  search: 'form',
  form: 'form',
  dialog: 'form',
  alertdialog: 'form',
};

/** Words of `class` and `id` that name a widget rather than content. */
const SKIPPED_WORDS: Readonly<Record<string, NoiseReason>> = {
  rating: 'rating',
  ratings: 'rating',
  stars: 'rating',
  star: 'rating',
  vote: 'rating',
  votes: 'rating',
  newsletter: 'marketing',
  cta: 'marketing',
  promo: 'marketing',
  advert: 'marketing',
  ads: 'marketing',
  share: 'marketing',
  sharing: 'marketing',
  social: 'marketing',
  breadcrumb: 'navigation',
  breadcrumbs: 'navigation',
  navbar: 'navigation',
  menu: 'navigation',
  sidebar: 'navigation',
  cookie: 'navigation',
  cookies: 'navigation',
  consent: 'navigation',
  pagination: 'navigation',
  related: 'navigation',
  toc: 'navigation',
};

function words(element: HtmlElement): string[] {
  const names = `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`;
  return names.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * Why an element is left out, or `undefined` when it may hold content.
 * @example skipReason(<nav>) // 'navigation'
 */
export function skipReason(element: HtmlElement): NoiseReason | undefined {
  const byTag = SKIPPED_TAGS[element.tagName];
  if (byTag) return byTag;
  if (attr(element, 'hidden') !== undefined || attr(element, 'aria-hidden') === 'true') return 'script';
  const byRole = SKIPPED_ROLES[attr(element, 'role') ?? ''];
  if (byRole) return byRole;
  for (const word of words(element)) {
    const byWord = SKIPPED_WORDS[word];
    if (byWord) return byWord;
  }
  return undefined;
}
