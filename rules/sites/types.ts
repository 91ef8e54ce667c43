import type { Detection, Order, PageKind, Platform } from '../types';

/** What a strategy may read: the URL and the document, read-only. */
export interface PageContext {
  url: URL;
  doc: Document;
}

export type StrategyOutcome =
  | { ok: true; orders: Order[] }
  /** `final` stops the fallbacks: the page contradicts itself, so no later strategy is trusted. */
  | { ok: false; reason: Exclude<Detection, { detected: true }>['reason']; detail?: string; final?: boolean };

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
