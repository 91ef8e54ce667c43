// Rendered Taobao order details (platform-pages.md §2.2):
//   - the tbpc component SPA: `[class*="detailInfoContent--"]` rows, each a `detailInfoTitle--`
//     label and a `detailInfoItem--` value (订单编号 ends with a 复制 button);
//   - everything else (archived `td.label` tables, mobile H5 pages whose DOM is not public):
//     visible label text, then ids in the page's own links (bizOrderId=…), always checked
//     against the URL.
import type { Order, OrderItem, ShopType } from '../../types';
import { leaves, leafWord, queryText, textOf } from '../extract/dom';
import { idValue, labelDetail } from '../extract/label-detail';
import { assign, dateTimeOf, item, priceIn, safeLink, urlMismatch, withMissing } from '../extract/order';
import type { PageContext, StrategyOutcome } from '../types';
import {
  linksToTmall,
  SELF_OPERATED_NAMES,
  shopTypeOf,
  STATUS_WORDS,
  TAOBAO_HOSTS,
  type IdParams,
} from './common';

/** Seller nick from the 旺旺 icon (`span.ww-light[data-nick]`) or its amos link (`uid=`). */
function sellerNickOf(doc: Document): string | undefined {
  const nick = doc.querySelector('[data-nick]')?.getAttribute('data-nick')?.trim();
  if (nick) return nick;
  const href = doc.querySelector('a[href*="amos.alicdn.com"][href*="uid="]')?.getAttribute('href') ?? '';
  try {
    return new URL(href, 'https://amos.alicdn.com/').searchParams.get('uid')?.trim() || undefined;
  } catch {
    return undefined;
  }
}

function tbpcItems(doc: Document): OrderItem[] {
  return Array.from(doc.querySelectorAll('.trade-order-detail-order-info'))
    .slice(0, 100)
    .map((row) =>
      item(
        queryText(row, 'a[class*="title--"]'),
        queryText(row, '[class*="quantity"]'),
        priceIn(queryText(row, '[class*="baseInfoRight--"]')),
      ),
    )
    .filter((entry): entry is OrderItem => entry !== null);
}

/**
 * One `detailInfoContent--` row as its label and the rest of its text. The label sits in a
 * `detailInfoTitle--` element, or (another build) in a `detailInfoItem--` of its own, the value
 * in the next; either way the value is the row's text minus its label (wudao168/splc reads it so).
 */
function rowOf(row: Element): { label: string; value: string } | undefined {
  const text = textOf(row, 400);
  const label =
    queryText(row, '[class*="detailInfoTitle--"]') ?? leaves(row).find((leaf) => leaf.text !== ':')?.text;
  if (!label || !text.startsWith(label)) return undefined;
  const value = text.slice(label.length).replace(/^\s*:?\s*/, '');
  return value ? { label: label.replace(/\s*:$/, ''), value } : undefined;
}

export function detailFromTbpc(params: IdParams) {
  return (ctx: PageContext): StrategyOutcome => {
    const rows = new Map<string, string>();
    for (const row of Array.from(ctx.doc.querySelectorAll('[class*="detailInfoContent--"]')).slice(0, 100)) {
      const read = rowOf(row);
      if (read && !rows.has(read.label)) rows.set(read.label, read.value);
    }
    if (rows.size === 0) return { ok: false, reason: 'no-order-data', detail: 'no detailInfoContent rows' };
    const pageId = idValue(rows.get('订单编号') ?? '');
    if (!pageId) return { ok: false, reason: 'no-order-id', detail: 'no 订单编号 row' };

    const all = leaves(ctx.doc);
    const paidLabel = all.find((leaf) => leaf.text === '实付款');
    const paidRow = paidLabel?.el.closest('[class*="detailInfoContent--"]') ?? paidLabel?.el.parentElement;
    const order: Order = { orderId: pageId, shopType: 'taobao', items: tbpcItems(ctx.doc) };
    assign(order, {
      sellerNick: sellerNickOf(ctx.doc),
      shopName: queryText(ctx.doc, 'a[class*="shopInfoName--"]'),
      amount: priceIn(textOf(paidRow, 200)),
      createdAt: dateTimeOf(rows.get('创建时间')),
      status: leafWord(all, STATUS_WORDS),
    });
    const snapshot = safeLink(
      ctx.doc.querySelector('a[href*="tradeSnap.htm"]')?.getAttribute('href') ?? undefined,
      ctx.url,
      TAOBAO_HOSTS,
    );
    if (snapshot) order.snapshotUrl = snapshot;
    const mismatch = urlMismatch(ctx.url, params, pageId);
    if (mismatch) return mismatch;
    order.shopType = shopTypeOf(linksToTmall(ctx.doc), {
      sellerNick: order.sellerNick,
      shopName: order.shopName,
    });
    return { ok: true, orders: [withMissing(order)] };
  };
}

/** `otherwise`: the shop type when nothing on the page tells (desktop 'taobao', mobile 'unknown'). */
export function detailFromLabels(params: IdParams, otherwise: ShopType) {
  return labelDetail({
    params,
    statusWords: STATUS_WORDS,
    sellerNick: sellerNickOf,
    knownShopNames: SELF_OPERATED_NAMES,
    shopType: (doc, order) =>
      shopTypeOf(linksToTmall(doc), { sellerNick: order.sellerNick, shopName: order.shopName }, otherwise),
  });
}
