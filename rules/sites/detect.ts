import type { Detection } from '../types';
import { SITE_RULES } from './index';
import type { StrategyOutcome } from './types';

/**
 * Detects the order(s) on a page. Never throws: a broken page yields `detected: false` with the
 * reason of the first strategy that failed (the page's primary data source; a `final` failure wins),
 * and every strategy's failure in `detail`.
 */
export function detectPage(href: string, doc: Document): Detection {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { detected: false, reason: 'not-an-order-page', detail: 'invalid URL' };
  }
  for (const site of SITE_RULES) {
    for (const page of site.pages) {
      if (!page.test(url)) continue;
      const failures: Array<Extract<StrategyOutcome, { ok: false }> & { name: string }> = [];
      for (const strategy of page.strategies) {
        let outcome: StrategyOutcome;
        try {
          outcome = strategy.run({ url, doc });
        } catch (error) {
          outcome = { ok: false, reason: 'malformed-order-data', detail: String(error) };
        }
        if (outcome.ok && outcome.orders.length > 0) {
          return {
            detected: true,
            platform: site.platform,
            page: page.kind,
            orders: outcome.orders,
            strategy: strategy.name,
          };
        }
        if (!outcome.ok) {
          failures.push({ ...outcome, name: strategy.name });
          if (outcome.final) break;
        }
      }
      const first = failures.find((f) => f.final) ?? failures[0];
      const detail = failures.map((f) => `${f.name}: ${f.detail ?? f.reason}`).join('; ');
      return { detected: false, reason: first?.reason ?? 'no-order-id', detail };
    }
  }
  return { detected: false, reason: 'not-an-order-page' };
}
