import type { Detection, Order, PageKind, Platform } from '../types';
import type { Json } from './extract/json-path';

/**
 * What the page's own scripts hold in their world (Weidian's `window.getData`, and the list
 * pages its "load more" fetched later), copied out by the page-data script (lib/page-data).
 * The page wrote it, so it is trusted no more than the DOM.
 */
export type PageData =
  | { ok: true; value: Json; responses: Json[]; truncated?: boolean }
  /**
   * unanswered: no page-data script answered (not a failure of the page); missing: the page
   * holds no such data; malformed: what came back is not data we can read.
   */
  | { ok: false; reason: 'unanswered' | 'missing' | 'malformed'; detail: string };

/** Where the page-data script finds a site's own data in the page's world. */
export interface PageDataSource {
  /** Manifest match patterns of the pages that carry it. */
  matches: readonly string[];
  /** The window property the page's scripts fill. */
  global: string;
  /** URL paths of the page's own XHR responses that carry more of it (later pages of a list). */
  responsePaths: readonly string[];
}

/** What a strategy may read: the URL and the document, read-only. */
export interface PageContext {
  url: URL;
  doc: Document;
  /**
   * Asks the page-data script for the page's own data (undefined where there is none: saved
   * pages, node). Called only by the strategies that want it, at most once a detection.
   */
  pageData?: () => PageData;
  /** Epoch ms of this reading, for countdowns such as 还剩3天自动确认收货 (default: now). */
  now?: number;
}

export type StrategyOutcome =
  | { ok: true; orders: Order[] }
  /** `final` stops the fallbacks: the page contradicts itself, so no later strategy is trusted. */
  | {
      ok: false;
      reason: Exclude<Detection, { detected: true }>['reason'];
      detail?: string;
      final?: boolean;
      /** Nothing to read here at all (no page data on a saved page): its reason is not the page's. */
      unavailable?: boolean;
    };

export interface Strategy {
  /** Names the page generation or signal it reads, e.g. "detailData" or "label-text". */
  name: string;
  run(ctx: PageContext): StrategyOutcome;
}

export interface PageRule {
  kind: PageKind;
  /** Manifest match patterns for the content script. */
  matches: string[];
  /** Precise test on the parsed URL (match patterns cannot test paths and queries exactly). */
  test(url: URL): boolean;
  /** Tried in order, most stable signal first. */
  strategies: Strategy[];
}

export interface SiteRule {
  id: string;
  platform: Platform;
  pages: PageRule[];
}
