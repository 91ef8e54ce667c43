// The registry of site rules: every rule file under rules/sites/ is listed here once
// (a conventions test keeps it so).
import { tmall } from './tmall';
import type { SiteRule } from './types';

export const SITE_RULES: readonly SiteRule[] = [tmall];

/** Match patterns of every order page, for the order content script's manifest entry. */
export const ORDER_PAGE_MATCHES: readonly string[] = SITE_RULES.flatMap((site) =>
  site.pages.flatMap((page) => page.matches),
);

export { detectPage } from './detect';
