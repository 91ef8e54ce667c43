// Shared by the Taobao list and detail readers: the embedded `var data = JSON.parse('…')`,
// the Tmall / self-operated decision (platform-pages.md §2.5) and the status vocabulary.
import type { ShopType } from '../../types';
import { inlineScripts } from '../extract/embedded-object';
import { jsonParseArgument } from '../extract/js-string';
import { textOf } from '../extract/dom';
import { obj, type Json } from '../extract/json-path';
import { SELF_OPERATED_SHOPS, selfOperatedType, type ShopSignals } from '../self-operated';
import type { StrategyOutcome } from '../types';

/** Query parameters that carry the order id on Taobao detail URLs (desktop and H5). */
export type IdParams = readonly string[];
export const DETAIL_ID_PARAMS: IdParams = ['biz_order_id', 'bizOrderId'];
export const MOBILE_ID_PARAMS: IdParams = ['bizOrderId', 'biz_order_id', 'orderId'];

/** Hosts whose links we keep as snapshot URLs. */
export const TAOBAO_HOSTS = ['taobao.com', 'tmall.com'] as const;

/** Status texts shown as a whole leaf on order pages (S3 list plus the list-page statuses). */
export const STATUS_WORDS = [
  '等待买家付款',
  '买家已付款',
  '卖家已发货',
  '交易成功',
  '交易关闭',
  '订单关闭',
  '交易取消',
  '订单已取消',
  '付款确认中',
  '退款中',
  '待付款',
  '待发货',
  '待收货',
  '待评价',
  '已发货',
  '已签收',
  '已完成',
] as const;

/** Names of the self-operated shops: a leaf with exactly this text names the shop (§2.5). */
export const SELF_OPERATED_NAMES: readonly string[] = SELF_OPERATED_SHOPS.flatMap((shop) => shop.names);

/** Reads the page's `var data = JSON.parse('…')` object, or says why it cannot. */
export function embeddedData(
  doc: Document,
): { data: Record<string, Json> } | Extract<StrategyOutcome, { ok: false }> {
  for (const script of inlineScripts(doc)) {
    if (!script.includes('JSON.parse')) continue;
    const argument = jsonParseArgument(script, 'data');
    if (!argument.found) continue;
    const data = obj(argument.value);
    if (!data) return { ok: false, reason: 'malformed-order-data', detail: 'var data does not parse' };
    return { data };
  }
  return { ok: false, reason: 'no-order-data', detail: 'no var data = JSON.parse(…)' };
}

/** True for a link to a Tmall order page (the list's viewDetail operation, §2.5 item 1). */
export function isTmallDetailLink(href: string | undefined | null): boolean {
  return !!href && /^(?:https?:)?\/\/trade\.tmall\.com\/detail\/orderDetail\.htm/.test(href.trim());
}

/** Item pages of Taobao and Tmall, as the lists link their items. */
export const ITEM_LINKS = 'a[href*="item.taobao.com/item.htm"], a[href*="detail.tmall.com/item.htm"]';

/** Hosts of a shop's own pages (shop123.taobao.com, store.taobao.com, brand.tmall.com). */
const SHOP_HOST =
  /^(?:shop\d+\.taobao\.com|store\.taobao\.com|(?!(?:www|detail|trade|buyertrade|chaoshi|login)\.)[\w-]+\.tmall\.com)$/;

/** The text of the first link in `root` to the shop's own pages: the shop name a list shows. */
export function shopLinkName(root: Element): string | undefined {
  for (const link of Array.from(root.querySelectorAll('a[href]')).slice(0, 200)) {
    let host: string;
    try {
      host = new URL(link.getAttribute('href') ?? '', 'https://buyertrade.taobao.com/').hostname;
    } catch {
      continue;
    }
    const name = SHOP_HOST.test(host) ? textOf(link, 100) : '';
    if (name) return name;
  }
  return undefined;
}

/** True when any link inside `root` goes to a Tmall order page. */
export function linksToTmall(root: ParentNode): boolean {
  const links = Array.from(root.querySelectorAll('a[href*="trade.tmall.com"]')).slice(0, 200);
  return links.some((a) => isTmallDetailLink(a.getAttribute('href')));
}

/** 天猫超市 / 天猫国际自营 first (allow-lists), then Tmall, else a Taobao shop. */
export function shopTypeOf(tmall: boolean, signals: ShopSignals, otherwise: ShopType = 'taobao'): ShopType {
  return selfOperatedType(signals) ?? (tmall ? 'tmall' : otherwise);
}

/** Seller ids are small enough to be exact as numbers; accept either form. */
export function sellerIdOf(value: Json): string | undefined {
  if (typeof value === 'string' && /^\d{1,16}$/.test(value)) return value;
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? String(value) : undefined;
}

/** "当前订单状态：卖家已发货，等待买家确认收货" → "卖家已发货". */
export function shortStatus(text: string | undefined): string | undefined {
  const status = text
    ?.replace(/^\s*当前订单状态\s*[:：]\s*/, '')
    .split(/[，,。]/)[0]
    ?.trim();
  return status || undefined;
}
