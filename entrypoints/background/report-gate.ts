// The per-tab rate limit on order reports (issue 27): a token bucket per tab, in memory. A killed
// worker starts every tab afresh, which a hostile page cannot cause.
import { REPORT_BURST, REPORT_ORDERS_PER_TURN, REPORT_REFILL_MS } from '../../lib/message-limits';

export class ReportGate {
  private readonly tabs = new Map<number, { tokens: number; at: number }>();

  constructor(
    private readonly burst = REPORT_BURST,
    private readonly refillMs = REPORT_REFILL_MS,
  ) {}

  /** Whether the tab may send a report of `orders` orders now; takes its turns when it may. */
  admit(tabId: number, orders = 0, now = Date.now()): boolean {
    const cost = Math.max(1, Math.ceil(orders / REPORT_ORDERS_PER_TURN));
    const last = this.tabs.get(tabId);
    const tokens = last ? Math.min(this.burst, last.tokens + (now - last.at) / this.refillMs) : this.burst;
    const admitted = tokens >= cost;
    this.tabs.set(tabId, { tokens: admitted ? tokens - cost : tokens, at: now });
    return admitted;
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}
