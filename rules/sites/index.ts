// The registry of site rules: every rule file under rules/sites/ is listed here once
// (a conventions test keeps it so).
import { taobao } from './taobao';
import { tmall } from './tmall';
import { weidian } from './weidian';
import type { SiteRule } from './types';

export const SITE_RULES: readonly SiteRule[] = [tmall, taobao, weidian];

/** Match patterns of every order page, for the order content script's manifest entry. */
export const ORDER_PAGE_MATCHES: readonly string[] = SITE_RULES.flatMap((site) =>
  site.pages.flatMap((page) => page.matches),
);
