import type { Browser } from 'wxt/browser';
import {
  ContentMessageSchema,
  PageMessageSchema,
  type ContentMessage,
  type PageMessage,
  type PageNumber,
  type Reply,
} from '../../lib/messages';
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
  /** The numbers one frame of a tab shows, with their verdicts. */
  onNumbers(report: { tabId: number; frameId: number; url: string; numbers: PageNumber[] }): Promise<void>;
  /** Finds and judges the numbers in texts a frame may show numbers in. */
  onJudge(texts: string[]): JudgedForMark[][];
  /** The shopper marked a verdict as wrong. */
  onFeedback(feedback: { url: string; digits: string; verdict: PageNumber['verdict'] }): Promise<void>;
  /** A validated message from one of our own extension pages (the shopper's own action). */
  onPageMessage(message: PageMessage): Promise<Reply<unknown>>;
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
  const parsed = ContentMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.message}` };
  const report = parsed.data;
  // Pure computation on text the frame sent, answered to that frame alone: any frame may ask.
  if (report.type === 'numbers/judge') return { ok: true, value: deps.onJudge(report.texts) };
  if (report.type !== 'order/open' && new URL(report.url).origin !== from.url.origin) {
    return { ok: false, error: 'rejected message: URL is not the sender page' };
  }
  // Numbers come from any frame our number script runs in (seller chats live in iframes).
  if (report.type === 'page/numbers') {
    await deps.onNumbers({
      tabId: from.tabId,
      frameId: from.frameId,
      url: report.url,
      numbers: report.numbers,
    });
    return { ok: true, value: null };
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
