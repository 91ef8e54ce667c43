import type { Browser } from 'wxt/browser';
import {
  ContentMessageSchema,
  PageMessageSchema,
  type ContentMessage,
  type PageMessage,
  type PageNumber,
  type Reply,
} from '../../lib/messages';
import { MAX_REPORT_CHARS } from '../../lib/message-limits';
import type { JudgedForMark } from '../../rules/phone';
import { SITE_RULES } from '../../rules/sites';
import { classifySender } from './sender';

export interface RouterDeps {
  extensionId: string;
  extensionOrigin: string;
  /** Opens the helper for one order of the tab, if that tab last reported the order. */
  onOpenOrder(report: { tabId: number; orderId: string }): Promise<Reply>;
  onDetected(report: {
    tabId: number;
    url: string;
    title: string;
    detection: Extract<ContentMessage, { type: 'page/detected' }>['detection'];
  }): Promise<void>;
  /** Whether the tab may send another report of `orders` orders now (the per-tab rate limit). */
  admitReport(tabId: number, orders: number): boolean;
  /** Numbers the background judged in one frame of a tab, with its own verdicts: for the popup's list. */
  onNumbers(report: { tabId: number; frameId: number; url: string; numbers: PageNumber[] }): Promise<void>;
  /** Finds and judges the numbers in texts a frame may show numbers in. */
  onJudge(texts: string[]): JudgedForMark[][];
  /** The shopper marked a verdict as wrong. */
  onFeedback(feedback: { url: string; digits: string; verdict: PageNumber['verdict'] }): Promise<void>;
  /** A validated message from one of our own extension pages (the shopper's own action). */
  onPageMessage(message: PageMessage): Promise<Reply<unknown>>;
}

/** The judged numbers inside each text's own node (not in the context before it), as listed for the popup. */
function ownNumbers(judged: JudgedForMark[][], spans: ReadonlyArray<[number, number]>): PageNumber[] {
  const out: PageNumber[] = [];
  judged.forEach((numbers, i) => {
    const [start, end] = spans[i] ?? [0, Infinity];
    for (const n of numbers) {
      if (n.start < start || n.end > end) continue;
      out.push({
        text: n.text.slice(0, 60),
        digits: n.digits,
        verdict: n.verdict,
        reasons: n.reasons.slice(0, 6),
        ...(n.officialRoute ? { officialRoute: n.officialRoute } : {}),
      });
    }
  });
  return out;
}

const isOrderReport = (message: unknown) =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'page/detected';

/** How many orders a report says it carries (an array's length, else none), before it is validated. */
function claimedOrders(message: unknown): number {
  const orders = (message as { detection?: { orders?: unknown } }).detection?.orders;
  return Array.isArray(orders) ? orders.length : 0;
}

/** The report's size as JSON text; a value JSON cannot hold (a cycle) counts as too large. */
function reportChars(message: unknown): number {
  try {
    return JSON.stringify(message).length;
  } catch {
    return Infinity;
  }
}

/** The site rule and page kind the sender's own address belongs to (first match, as detectPage). */
function orderPageOf(url: URL) {
  for (const site of SITE_RULES)
    for (const page of site.pages) if (page.test(url)) return { platform: site.platform, kind: page.kind };
  return null;
}

/**
 * Validates and dispatches one message. Content scripts may only report what they observed on
 * an order page, from the top frame of a tab, about that same page; writes the shopper asked
 * for come only from our own extension pages.
 */
export async function routeMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  deps: RouterDeps,
): Promise<Reply<unknown>> {
  const from = classifySender(sender, deps.extensionId, deps.extensionOrigin);
  if (from.tier === 'untrusted') return { ok: false, error: `rejected sender: ${from.why}` };
  if (from.tier === 'extension-page') {
    const page = PageMessageSchema.safeParse(message);
    if (!page.success) return { ok: false, error: `invalid message: ${page.error.issues[0]?.message}` };
    return deps.onPageMessage(page.data);
  }
  // Both before the schema walks it: valid-looking data in bulk is refused whole, cheaply. The
  // turn is charged by the orders the report claims; the schema then checks the claim.
  if (isOrderReport(message)) {
    // A frame's reports never spend the top frame's turns.
    if (from.frameId !== 0) return { ok: false, error: 'rejected sender: not the top frame' };
    if (reportChars(message) > MAX_REPORT_CHARS) {
      return { ok: false, error: `rejected message: an order report over ${MAX_REPORT_CHARS} characters` };
    }
    if (!deps.admitReport(from.tabId, claimedOrders(message))) {
      return {
        ok: false,
        error: 'rejected message: too many order reports from this tab; try again shortly',
      };
    }
  }
  const parsed = ContentMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.message}` };
  const report = parsed.data;
  // Judged here, for any frame our number script runs in (seller chats live in iframes), and
  // answered to that frame alone. The popup's list is made from these verdicts and the sender's
  // own address: a frame cannot have a number listed as official, nor for another page.
  if (report.type === 'numbers/judge') {
    const judged = deps.onJudge(report.texts);
    const numbers = ownNumbers(judged, report.spans);
    if (numbers.length > 0)
      await deps.onNumbers({ tabId: from.tabId, frameId: from.frameId, url: from.url.href, numbers });
    return { ok: true, value: judged };
  }
  if (report.type !== 'order/open' && new URL(report.url).origin !== from.url.origin) {
    return { ok: false, error: 'rejected message: URL is not the sender page' };
  }
  if (report.type === 'number/feedback') {
    await deps.onFeedback({ url: report.url, digits: report.digits, verdict: report.verdict });
    return { ok: true, value: null };
  }
  if (from.frameId !== 0) return { ok: false, error: 'rejected sender: not the top frame' };
  const page = orderPageOf(from.url);
  if (!page) return { ok: false, error: 'rejected sender: not an order page' };
  if (report.type === 'order/open') return deps.onOpenOrder({ tabId: from.tabId, orderId: report.orderId });
  // What a page's scripts feed the content script (its DOM, its window.getData) can change which
  // orders are read, never which site they are recorded for: that follows the sender's address.
  const { detection } = report;
  if (detection.detected && (detection.platform !== page.platform || detection.page !== page.kind)) {
    return {
      ok: false,
      error: `rejected message: a ${page.platform} ${page.kind} page cannot report ${detection.platform} ${detection.page}`,
    };
  }
  await deps.onDetected({
    tabId: from.tabId,
    url: report.url,
    title: report.title,
    detection: report.detection,
  });
  return { ok: true, value: null };
}
