// Which checklist entries (evidence.ts ids) a captured item covers. Only what can be known from
// the item itself — its kind, type and the page it came from — is ticked automatically; what a
// photo shows (the waybill? the defect?) is the shopper's call, so those stay manual.
import { CHAT_URL } from '../number-pages';
import { SITE_RULES } from '../sites';

export interface CapturedItem {
  kind: string;
  url: string;
  mimeType: string;
}

const PAGE_KINDS = new Set(['screenshot', 'full-page', 'pane']);
const ORDER_FACTS = ['order-number', 'order-time', 'item-name', 'shop-name', 'order-screenshot'];

function pageUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

const isOrderPage = (url: URL) => SITE_RULES.some((site) => site.pages.some((page) => page.test(url)));

function covers(item: CapturedItem): string[] {
  if (item.kind === 'chat') return ['chat-screenshots', 'contact-record'];
  if (item.kind === 'file') {
    if (item.mimeType.startsWith('video/')) return ['unboxing-video', 'defect-media', 'problem-media'];
    if (item.mimeType.startsWith('image/')) return ['defect-media', 'problem-media'];
    return [];
  }
  if (!PAGE_KINDS.has(item.kind)) return [];
  const url = pageUrl(item.url);
  if (!url) return [];
  if (CHAT_URL.test(url.href)) return ['chat-screenshots', 'contact-record'];
  if (isOrderPage(url)) return ORDER_FACTS;
  if (/logistics|wuliu|trace/i.test(url.pathname)) return ['tracking-screenshot'];
  if (/refund/i.test(url.href)) return ['refund-refusal'];
  return [];
}

/** The checklist ids the captured items cover between them. */
export function coveredChecklist(items: readonly CapturedItem[]): Set<string> {
  return new Set(items.flatMap(covers));
}
