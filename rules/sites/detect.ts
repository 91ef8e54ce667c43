import type { Detection, Order } from '../types';
import { autoConfirmFromText } from './extract/auto-confirm';
import { textOf } from './extract/dom';
import { SITE_RULES } from './index';
import type { PageContext, PageData, StrategyOutcome } from './types';

export interface DetectOptions {
  /** The page's own data, from the page-data script (content script only). */
  pageData?: () => PageData;
  /** Epoch ms of the reading (default: now). */
  now?: number;
}

/** Longest body text searched for the 自动确认收货 countdown. */
const COUNTDOWN_TEXT_CHARS = 200_000;

/**
 * Detects the order(s) on a page. Never throws: a broken page yields `detected: false` with the
 * reason of the first strategy that failed (the page's primary data source; a `final` failure wins),
 * and every strategy's failure in `detail`.
 */
export function detectPage(href: string, doc: Document, options: DetectOptions = {}): Detection {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { detected: false, reason: 'not-an-order-page', detail: 'invalid URL' };
  }
  const now = options.now ?? Date.now();
  const ctx: PageContext = { url, doc, now, ...(options.pageData && { pageData: once(options.pageData) }) };
  for (const site of SITE_RULES) {
    for (const page of site.pages) {
      if (!page.test(url)) continue;
      const failures: Array<Extract<StrategyOutcome, { ok: false }> & { name: string }> = [];
      for (const strategy of page.strategies) {
        let outcome: StrategyOutcome;
        try {
          outcome = strategy.run(ctx);
        } catch (error) {
          outcome = { ok: false, reason: 'malformed-order-data', detail: String(error) };
        }
        if (outcome.ok && outcome.orders.length > 0) {
          const orders =
            page.kind === 'order-detail' ? withCountdown(outcome.orders, doc, now) : outcome.orders;
          return {
            detected: true,
            platform: site.platform,
            page: page.kind,
            orders,
            strategy: strategy.name,
          };
        }
        if (!outcome.ok) {
          failures.push({ ...outcome, name: strategy.name });
          if (outcome.final) break;
        }
      }
      const first = failures.find((f) => f.final) ?? failures.find((f) => !f.unavailable) ?? failures[0];
      const detail = failures.map((f) => `${f.name}: ${f.detail ?? f.reason}`).join('; ');
      return { detected: false, reason: first?.reason ?? 'no-order-id', detail };
    }
  }
  return { detected: false, reason: 'not-an-order-page' };
}

/** A detail page's visible 自动确认收货 countdown, where its strategy did not read one from data. */
function withCountdown(orders: Order[], doc: Document, now: number): Order[] {
  const [order] = orders;
  if (orders.length !== 1 || !order || order.autoConfirmBy) return orders;
  const by = autoConfirmFromText(textOf(doc.body, COUNTDOWN_TEXT_CHARS), now);
  return by ? [{ ...order, autoConfirmBy: by }] : orders;
}

function once<T>(read: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => (cached ??= { value: read() }).value;
}
